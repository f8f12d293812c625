#include "application/PeopleUseCases.h"
#include "application/Workspace.h"
#include "util/Clock.h"
#include "widgets/BackgroundRead.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

using namespace idesk;
using namespace idesk::ui;

// Pages read a trust's database on a worker and show what was read on the
// GUI thread; these are the rules that keep what they show right.
class TestBackgroundRead : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const FixedClock m_clock{QDate(2026, 11, 23)};

    std::unique_ptr<Workspace> open()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("read.inductiondesk")), m_clock);
        if (!ws)
            return nullptr;
        return std::move(ws).value();
    }

private slots:
    void readsOnAWorkerAndShowsOnTheGuiThread()
    {
        auto ws = open();
        QVERIFY(ws);
        BackgroundRead read;
        QThread *readOn = nullptr;
        QThread *shownOn = nullptr;
        QDate seen;
        read.start<QDate>(
            *ws,
            [&](Workspace &worker) {
                readOn = QThread::currentThread();
                return worker.today();
            },
            [&](QDate &day) {
                shownOn = QThread::currentThread();
                seen = day;
            },
            {});
        QVERIFY(read.isReading());
        read.waitUntilShown();
        QVERIFY(!read.isReading());
        QVERIFY(readOn && readOn != QThread::currentThread());
        QCOMPARE(shownOn, QThread::currentThread());
        QCOMPARE(seen, QDate(2026, 11, 23)); // the workspace's day, not the machine's
    }

    // A burst of changes: the read running finishes, the newest one asked
    // for runs after it, and only the newest is shown.
    void onlyTheNewestReadIsShown()
    {
        auto ws = open();
        QVERIFY(ws);
        BackgroundRead read;
        QSemaphore firstMayEnd;
        QList<int> shown;
        std::atomic_int runs{0};
        for (int i = 1; i <= 4; ++i) {
            read.start<int>(
                *ws,
                [&, i](Workspace &) {
                    ++runs;
                    if (i == 1)
                        firstMayEnd.acquire(); // the others are asked for meanwhile
                    return i;
                },
                [&](int &n) { shown.append(n); }, {});
        }
        firstMayEnd.release();
        read.waitUntilShown();
        QCOMPARE(shown, QList<int>{4});
        QCOMPARE(runs.load(), 2); // the first, then only the newest
    }

    void aForgottenReadIsNeverShown()
    {
        auto ws = open();
        QVERIFY(ws);
        BackgroundRead read;
        QSemaphore mayEnd;
        bool shown = false;
        read.start<int>(
            *ws,
            [&](Workspace &) {
                mayEnd.acquire();
                return 1;
            },
            [&](int &) { shown = true; }, {});
        read.forget(); // say, the database was closed meanwhile
        mayEnd.release();
        read.waitUntilShown();
        QVERIFY(!shown);
    }

    void aDatabaseThatCannotBeOpenedIsSaid()
    {
        auto ws = open();
        QVERIFY(ws);
        BackgroundRead read;
        const QString path = ws->path();
        QString why;
        bool shown = false;
        // The file goes between asking and reading.
        QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
        read.start<int>(
            *ws, [](Workspace &) { return 1; }, [&](int &) { shown = true; },
            [&](const QString &message) { why = message; });
        read.waitUntilShown();
        QVERIFY(QFile::rename(path + QStringLiteral(".moved"), path));
        QVERIFY(!shown);
        QVERIFY2(why.contains(QStringLiteral("does not exist")), qPrintable(why));
    }
};

QTEST_MAIN(TestBackgroundRead)
#include "tst_backgroundread.moc"
