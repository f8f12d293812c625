// Benchmark: the window on a trust's database (issue 17). A database of ECTS
// ECTs in induction and the cohorts before them (about 230,000 sessions at
// 600); then, timed on the GUI thread: opening it until This week is shown,
// switching to each section, and an edit (a held session marked not held),
// its undo and its redo, each until the window has refreshed. Every one of
// these runs on the GUI thread in one go, so the longest is the longest the
// window is blocked. Targets: This week within 500 ms of launch; an edit,
// undo or redo within 50 ms; nothing blocking the GUI thread for more than
// 50 ms. Prints the figures; they are not asserted.
//
//   bench_gui [ECTS]      (default: 600)
#include "BenchOutput.h"
#include "TrustData.h"

#include "app/MainWindow.h"
#include "application/SessionUseCases.h"
#include "application/Workspace.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace idesk;
using namespace idesk::ui;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int ects = argc > 1 ? QByteArray(argv[1]).toInt() : 600;
    const QDate today(2026, 11, 25);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trust.inductiondesk"));
    int sessions = 0;
    {
        auto db = Database::openSqlite(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        if (auto s = bench::buildTrustDatabase(**db, ects, today, &sessions); !s)
            qFatal("%s", qPrintable(s.error().message));
    }
    bench::out() << "gui: a trust database of " << ects << " ECTs in induction, six cohorts, "
                 << sessions << " sessions" << Qt::endl;
    double longest = 0;
    const auto timed = [&](const QString &name, const QString &target, auto &&work) {
        QElapsedTimer timer;
        timer.start();
        work();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        longest = std::max(longest, ms);
        bench::line(name, ms, QStringLiteral("ms"), target);
    };

    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    std::unique_ptr<MainWindow> window;
    timed(QStringLiteral("gui_start_to_this_week"), QStringLiteral("500"), [&] {
        window = std::make_unique<MainWindow>(settings, std::make_shared<FixedClock>(today));
        window->setMessageHook([](const QString &, const QString &) {});
        if (!window->openDatabase(path))
            qFatal("%s could not be opened", qPrintable(path));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window was not shown");
    });
    if (window->currentSection() != MainWindow::ThisWeek)
        qFatal("the window did not open on This week");
    for (int s = 1; s < MainWindow::SectionCount; ++s) {
        timed(QStringLiteral("gui_show_section_%1").arg(s), QStringLiteral("50"), [&] {
            window->showSection(MainWindow::Section(s));
            QCoreApplication::processEvents();
        });
    }
    window->showSection(MainWindow::ThisWeek);
    QCoreApplication::processEvents();

    // A held session of last week, as the tutor would correct it.
    SessionUseCases use(*window->workspace());
    auto week = use.inWeeks({today.addDays(-9), today.addDays(-3)});
    qint64 held = 0;
    for (const MentoringSession &s : week ? *week : QList<MentoringSession>()) {
        if (s.status == SessionStatus::Held) {
            held = s.id;
            break;
        }
    }
    if (held == 0)
        qFatal("no held session to correct");
    timed(QStringLiteral("gui_edit"), QStringLiteral("50"), [&] {
        if (!window->push(QStringLiteral("Mark not held"), use.markNotHeld(held)))
            qFatal("the edit was refused");
        QCoreApplication::processEvents();
    });
    timed(QStringLiteral("gui_undo"), QStringLiteral("50"), [&] {
        window->undoStack()->undo();
        QCoreApplication::processEvents();
    });
    timed(QStringLiteral("gui_redo"), QStringLiteral("50"), [&] {
        window->undoStack()->redo();
        QCoreApplication::processEvents();
    });
    bench::line(QStringLiteral("gui_longest_block"), longest, QStringLiteral("ms"),
                QStringLiteral("50"));
    bench::line(QStringLiteral("gui_peak_memory"), double(bench::peakMegabytes()),
                QStringLiteral("MB"), QStringLiteral("-"));
    return 0;
}
