#include "DemoWindow.h"
#include "app/FileActions.h"
#include "app/MainWindow.h"
#include "app/PeopleActions.h"
#include "application/AvailabilityUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/SessionUseCases.h"
#include "application/Workspace.h"
#include "pages/SessionsPage.h"
#include "pages/ThisWeekPage.h"
#include "settings/Settings.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace idesk;
using namespace idesk::ui;

// How the window is wired to the application layer: one clock, only what
// changed is read again, and the small things a new user trips over.
class TestWindowWiring : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString demo()
    {
        const QString path = m_dir.filePath(QStringLiteral("w-%1.inductiondesk").arg(++m_n));
        QFile::remove(path);
        auto db = Database::openSqlite(path);
        if (!db || !DemoSchool::populate(**db, FixedClock(QDate(2026, 11, 23))))
            qFatal("no demo school");
        return path;
    }

    static QStringList labelsShowingAmpersands(QWidget *root)
    {
        QStringList bad;
        for (QLabel *l : root->findChildren<QLabel *>()) {
            const QString t = l->text();
            if (l->textFormat() != Qt::RichText && !Qt::mightBeRichText(t) && !l->buddy() &&
                t.contains(QLatin1Char('&')) && !t.contains(QStringLiteral("&&")))
                bad.append(t);
        }
        return bad;
    }

private slots:
    void todayComesFromTheClockAndMovesAtMidnight()
    {
        auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 23), QTime(23, 59)));
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        MainWindow w(settings, clock);
        w.setMessageHook([](const QString &, const QString &) {});
        QVERIFY(w.openDatabase(demo()));
        QCOMPARE(w.today(), QDate(2026, 11, 23));
        QCOMPARE(w.workspace()->today(), QDate(2026, 11, 23));
        const int reads = w.reloadCount(MainWindow::ThisWeek);
        w.followTheClock(); // the same day: nothing to do
        QCOMPARE(w.reloadCount(MainWindow::ThisWeek), reads);
        clock->setNow(QDateTime(QDate(2026, 11, 24), QTime(0, 1)));
        w.followTheClock();
        QCOMPARE(w.today(), QDate(2026, 11, 24));
        QCOMPARE(w.reloadCount(MainWindow::ThisWeek), reads + 1);
    }

    void theEnvironmentFixesTheDay()
    {
        qputenv("INDUCTIONDESK_TODAY", "2027-01-12");
        auto clock = Clock::fromEnvironment();
        QVERIFY(clock.ok());
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        MainWindow w(settings, *clock);
        QCOMPARE(w.today(), QDate(2027, 1, 12));
        qputenv("INDUCTIONDESK_TODAY", "12/01/2027");
        QCOMPARE((*Clock::fromEnvironment())->today(), QDate(2027, 1, 12));
        qputenv("INDUCTIONDESK_TODAY", "next tuesday");
        auto bad = Clock::fromEnvironment();
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("INDUCTIONDESK_TODAY")));
        qunsetenv("INDUCTIONDESK_TODAY");
    }

    void anEditReadsAgainOnlyWhatItChanged()
    {
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        auto w = openDemoWindow(settings, demo());
        w->showSection(MainWindow::People);
        const auto counts = [&] {
            QList<int> c;
            for (int s = 0; s < MainWindow::SectionCount; ++s)
                c.append(w->reloadCount(MainWindow::Section(s)));
            return c;
        };
        const QList<int> before = counts();
        Workspace &ws = *w->workspace();

        // A blocked time touches availability: only This week (the flags) reads it.
        QVERIFY(w->push(QStringLiteral("Block"),
                        AvailabilityUseCases(ws).block({0, 0, QDate(2026, 11, 25), QTime(9, 0),
                                                        QTime(10, 0), QStringLiteral("Trip")})));
        QList<int> now = counts();
        QCOMPARE(now[MainWindow::ThisWeek], before[MainWindow::ThisWeek] + 1);
        for (int s : {MainWindow::People, MainWindow::Pairings, MainWindow::Calendar,
                      MainWindow::Sessions, MainWindow::Mentors, MainWindow::Reports})
            QCOMPARE(now[s], before[s]);

        // An edit of a person: People (in view) reads at once; the other
        // sections that list people only when they are next shown.
        PersonEdit edit;
        edit.before = PeopleUseCases(ws).resolve(QStringLiteral("GTA")).value();
        edit.after = edit.before;
        edit.after.email = QStringLiteral("gareth@example.org");
        QVERIFY(w->push(QStringLiteral("Edit"), PeopleUseCases(ws).edit(edit)));
        now = counts();
        QCOMPARE(now[MainWindow::People], before[MainWindow::People] + 1);
        QCOMPARE(now[MainWindow::Pairings], before[MainWindow::Pairings]);
        QCOMPARE(now[MainWindow::Calendar], before[MainWindow::Calendar]);
        w->showSection(MainWindow::Pairings);
        QCOMPARE(w->reloadCount(MainWindow::Pairings), before[MainWindow::Pairings] + 1);
        w->showSection(MainWindow::Calendar);
        QCOMPARE(w->reloadCount(MainWindow::Calendar), before[MainWindow::Calendar] + 1);
        w->showSection(MainWindow::Calendar); // shown again, nothing changed: not read
        QCOMPARE(w->reloadCount(MainWindow::Calendar), before[MainWindow::Calendar] + 1);

        // Undo is the same change reverted: the same topics.
        w->showSection(MainWindow::People);
        const int people = w->reloadCount(MainWindow::People);
        w->undoStack()->undo();
        QCOMPARE(w->reloadCount(MainWindow::People), people + 1);
        QCOMPARE(w->reloadCount(MainWindow::Calendar), before[MainWindow::Calendar] + 1);
    }

    void retypingOneStepIsOneUndo()
    {
        Settings settings(m_dir.filePath(QStringLiteral("g.ini")));
        auto w = openDemoWindow(settings, demo());
        Workspace &ws = *w->workspace();
        SessionUseCases sessions(ws);
        qint64 id = 0;
        QString was;
        const QList<MentoringSession> autumn =
            sessions.inWeeks({QDate(2026, 9, 1), QDate(2026, 11, 20)}).value();
        for (const MentoringSession &s : autumn) {
            if (s.kind == SessionKind::Coaching && s.status == SessionStatus::Held) {
                id = s.id;
                was = s.actionStep;
                break;
            }
        }
        QVERIFY(id > 0);
        const int steps = w->undoStack()->count();
        QVERIFY(
            w->push(QStringLiteral("Step"), sessions.recordActionStep(id, QStringLiteral("Cold"))));
        QVERIFY(w->push(QStringLiteral("Step"),
                        sessions.recordActionStep(id, QStringLiteral("Cold-call first"))));
        QCOMPARE(w->undoStack()->count(), steps + 1);
        QCOMPARE(sessions.session(id)->actionStep, QStringLiteral("Cold-call first"));
        w->undoStack()->undo();
        QCOMPARE(sessions.session(id)->actionStep, was);
    }

    void everyShortcutIsOnOneActionAndRedoWorks()
    {
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        auto w = openDemoWindow(settings, demo());
        QHash<QKeySequence, QString> seen;
        QAction *redo = nullptr;
        for (QAction *a : w->findChildren<QAction *>()) {
            for (const QKeySequence &k : a->shortcuts()) {
                QVERIFY2(!seen.contains(k),
                         qPrintable(k.toString() + QStringLiteral(": ") + seen.value(k) +
                                    QStringLiteral(" and ") + a->text()));
                seen.insert(k, a->text());
            }
            if (a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
                redo = a;
        }
        QVERIFY(redo);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->activateWindow();
        Workspace &ws = *w->workspace();
        QVERIFY(w->push(QStringLiteral("Block"),
                        AvailabilityUseCases(ws).block({0, 0, QDate(2026, 11, 25), QTime(9, 0),
                                                        QTime(10, 0), QStringLiteral("Trip")})));
        w->undoStack()->undo();
        QCOMPARE(w->undoStack()->index(), 0);
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->undoStack()->index(), 1);
    }

    void dialogsShowNoStrayAmpersands()
    {
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        auto w = openDemoWindow(settings, demo());
        QStringList bad;
        w->setDialogHook([&](QDialog *d) {
            bad += labelsShowingAmpersands(d);
            d->deleteLater();
        });
        w->peopleActions()->blockTime();
        w->peopleActions()->recordAbsence();
        w->peopleActions()->addEct();
        w->peopleActions()->addTrainee();
        w->peopleActions()->assignMentor();
        w->peopleActions()->editPerson(
            PeopleUseCases(*w->workspace()).resolve(QStringLiteral("GTA"))->id);
        w->fileActions()->showPreferences();
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));
    }

    void sessionTablesShowWordsNotKeys()
    {
        Settings settings(m_dir.filePath(QStringLiteral("f.ini")));
        auto w = openDemoWindow(settings, demo());
        const QStringList keys{QStringLiteral("planned"), QStringLiteral("held"),
                               QStringLiteral("cancelled"), QStringLiteral("missed")};
        QTableWidget *week = w->thisWeekPage()->sessionTable();
        QVERIFY(week->rowCount() > 0);
        for (int r = 0; r < week->rowCount(); ++r)
            QVERIFY2(!keys.contains(week->item(r, 5)->text()),
                     qPrintable(week->item(r, 5)->text()));
        w->showSection(MainWindow::Sessions);
        QAbstractItemModel *sessions = w->sessionsPage()->table()->model();
        QVERIFY(sessions && sessions->rowCount() > 0);
        QStringList shown;
        for (int r = 0; r < sessions->rowCount(); ++r)
            shown.append(sessions->index(r, 5).data().toString().section(QLatin1Char(','), 0, 0));
        for (const QString &k : keys)
            QVERIFY2(!shown.contains(k), qPrintable(k));
        QVERIFY(shown.contains(QStringLiteral("Held")));
    }
};

QTEST_MAIN(TestWindowWiring)
#include "tst_windowwiring.moc"
