// Someone else saves while the window is open: the command line, or a
// colleague's copy of the app. Their change is read in, and an undo never
// overwrites it.
#include "CliRunner.h"
#include "DemoWindow.h"
#include "app/DatabaseWatch.h"
#include "application/PeopleUseCases.h"
#include "storage/SchoolDayRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace idesk;
using namespace idesk::ui;

class TestLostUpdates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString workingDays(Workspace &ws, const QString &code)
    {
        PeopleUseCases people(ws);
        const Person p = people.resolve(code).value();
        const auto patterns = SchoolDayRepository(ws.database()).workingPatterns().value();
        QStringList days;
        for (int d = 1; d <= 7; ++d)
            if (patterns.contains(p.id) && patterns.value(p.id).worksOn(d))
                days.append(QString::number(d));
        return days.join(QLatin1Char(','));
    }

    // The tutor gives Gareth (GTA) Monday to Wednesday in the window.
    static bool setMondayToWednesday(MainWindow &w)
    {
        PeopleUseCases people(*w.workspace());
        WorkSchedule monToWed;
        monToWed.weekdays = {1, 2, 3};
        return w.push(
            QStringLiteral("Working pattern"),
            people.setWorkingPattern(people.resolve(QStringLiteral("GTA")).value().id, monToWed));
    }
    // A colleague sets someone's days from the command line.
    CliRun setDaysFromTheCommandLine(const QString &path, const QString &code, const QString &days)
    {
        return runCli(path, m_dir.path(),
                      {QStringLiteral("person"), QStringLiteral("working-pattern"), code,
                       QStringLiteral("--days"), days});
    }

private slots:
    void aCommandLineChangeBetweenAnEditAndItsUndoIsKept()
    {
        Settings settings(m_dir.filePath(QStringLiteral("s.ini")));
        const QString path = m_dir.filePath(QStringLiteral("school.inductiondesk"));
        auto w = openDemoWindow(settings, path);
        QStringList messages;
        w->setMessageHook([&](const QString &, const QString &m) { messages.append(m); });
        Workspace &ws = *w->workspace();

        // The tutor sets a working pattern in the window...
        QVERIFY(setMondayToWednesday(*w));
        QCOMPARE(workingDays(ws, QStringLiteral("GTA")), QStringLiteral("1,2,3"));

        // ...a colleague changes it again from the command line...
        const CliRun cli =
            setDaysFromTheCommandLine(path, QStringLiteral("GTA"), QStringLiteral("Thu,Fri"));
        QVERIFY2(cli.exit == 0, qPrintable(cli.err));

        // ...and the window reads it in when it next looks.
        QSignalSpy readIn(w->databaseWatch(), &DatabaseWatch::changedElsewhere);
        const int peopleReads = w->reloadCount(MainWindow::People);
        w->databaseWatch()->look();
        QCOMPARE(readIn.size(), 1);
        QVERIFY(w->reloadCount(MainWindow::People) > peopleReads ||
                w->reloadCount(MainWindow::ThisWeek) > 0);

        // The tutor's undo would overwrite it: refused, in words, and kept.
        QVERIFY(w->undoStack()->canUndo());
        w->undoStack()->undo();
        QTRY_COMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(QStringLiteral("cannot be undone")) &&
                     messages.first().contains(QStringLiteral("meanwhile")),
                 qPrintable(messages.first()));
        QCOMPARE(workingDays(ws, QStringLiteral("GTA")), QStringLiteral("4,5"));
        // The refused command is gone: a redo cannot apply it over theirs either.
        QVERIFY(!w->undoStack()->canRedo());
        QCOMPARE(workingDays(ws, QStringLiteral("GTA")), QStringLiteral("4,5"));
    }

    void anUndoOfSomethingElseStillWorks()
    {
        Settings settings(m_dir.filePath(QStringLiteral("s2.ini")));
        const QString path = m_dir.filePath(QStringLiteral("school2.inductiondesk"));
        auto w = openDemoWindow(settings, path);
        QStringList messages;
        w->setMessageHook([&](const QString &, const QString &m) { messages.append(m); });
        Workspace &ws = *w->workspace();
        const QString before = workingDays(ws, QStringLiteral("GTA"));
        QVERIFY(setMondayToWednesday(*w));
        // The command line changes someone else.
        const CliRun cli =
            setDaysFromTheCommandLine(path, QStringLiteral("AMU"), QStringLiteral("Thu,Fri"));
        QVERIFY2(cli.exit == 0, qPrintable(cli.err));
        w->undoStack()->undo();
        QCOMPARE(workingDays(ws, QStringLiteral("GTA")), before);
        QCOMPARE(workingDays(ws, QStringLiteral("AMU")), QStringLiteral("4,5"));
        QVERIFY(messages.isEmpty());
    }
};

QTEST_MAIN(TestLostUpdates)
#include "tst_lostupdates.moc"
