#include "TestDatabase.h"
#include "app/FileActions.h"
#include "app/MainWindow.h"
#include "app/PeopleActions.h"
#include "application/Workspace.h"
#include "demo/DemoSchool.h"
#include "dialogs/AssignMentorDialog.h"
#include "services/InductionService.h"
#include "settings/Settings.h"
#include "storage/AssignmentRepository.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace idesk;
using namespace idesk::ui;

class TestAssignMentorDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Fixture
    {
        QString path;
        qint64 newEct = 0;
    };

    Fixture demoWithNewEct()
    {
        static int n = 0;
        Fixture f;
        f.path = m_dir.filePath(QStringLiteral("assign-%1.inductiondesk").arg(++n));
        auto db = Database::openSqlite(f.path);
        if (!db || !DemoSchool::populate(**db, FixedClock(QDate(2026, 11, 23))))
            qFatal("demo failed");
        f.newEct = PersonRepository(**db).byStaffCode(QStringLiteral("ZHA"))->value().id;
        InductionRequest r;
        r.personId = f.newEct;
        r.start = QDate(2026, 11, 2);
        if (!InductionService(**db).start(r))
            qFatal("induction failed");
        return f;
    }

    // The main window on a database, keeping the Assign Mentor dialog it opens.
    struct Window
    {
        Settings settings;
        MainWindow main;
        AssignMentorDialog *dialog = nullptr;

        Window(const QString &ini, const QString &database)
            : settings(ini)
            , main(settings)
        {
            main.setDialogHook([this](QDialog *d) {
                dialog = qobject_cast<AssignMentorDialog *>(d);
                d->show();
            });
            if (!main.openDatabase(database))
                qFatal("%s could not be opened", qPrintable(database));
            // The day the tests are set in, whatever the computer's clock says.
            main.setToday(QDate(2026, 11, 23));
        }
    };

    static qint64 idOf(Database &db, const char *code)
    {
        return PersonRepository(db).byStaffCode(QString::fromLatin1(code))->value().id;
    }

private slots:
    void initTestCase() { qputenv("INDUCTIONDESK_TODAY", "2026-11-23"); }

    void opensOnAMenteeWithoutAMentorNeverOnAnError()
    {
        const Fixture f = demoWithNewEct();
        const FixedClock clock(QDate(2026, 11, 23));
        auto ws = Workspace::open(f.path, clock);
        QVERIFY(ws.ok());
        Database &db = (*ws)->database();
        AssignMentorDialog dialog(**ws, (*ws)->today());
        // ZHA began induction without a mentor: the dialog opens on her.
        QCOMPARE(dialog.menteeBox()->currentData().toLongLong(), f.newEct);
        QVERIFY2(dialog.menteeBox()->currentText().contains(QStringLiteral("ECT")),
                 qPrintable(dialog.menteeBox()->currentText()));
        QCOMPARE(dialog.mentorBox()->currentIndex(), -1);
        QVERIFY(dialog.currentCheck().refusals.isEmpty());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.findChildren<QLabel *>().isEmpty());
        bool asked = false;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            asked = asked || l->text().contains(QStringLiteral("Choose a mentor"));
        QVERIFY(asked);
        // Mentees come first, each marked, before everyone else.
        QComboBox *mentees = dialog.menteeBox();
        int i = 0;
        for (; i < mentees->count() && !mentees->itemText(i).isEmpty(); ++i)
            QVERIFY2(mentees->itemText(i).contains(QStringLiteral(" · ")),
                     qPrintable(mentees->itemText(i)));
        QVERIFY(i >= 3);
        QVERIFY(i < mentees->count()); // the separator, then staff
        // Leavers are not offered.
        const QList<Person> everyone = PersonRepository(db).all().value();
        int leavers = 0;
        for (const Person &p : everyone) {
            if (p.employmentEnd.isValid() && p.employmentEnd < QDate(2026, 11, 23)) {
                ++leavers;
                QCOMPARE(mentees->findData(p.id), -1);
                QCOMPARE(dialog.mentorBox()->findData(p.id), -1);
            }
        }
        QVERIFY(leavers > 0); // the demo has some
    }

    void replacingMovesTheFutureSessions()
    {
        Window window(m_dir.filePath(QStringLiteral("s3.ini")), demoWithNewEct().path);
        MainWindow &w = window.main;
        AssignMentorDialog *&dialog = window.dialog;
        Database &db = w.workspace()->database();
        const qint64 emily = idOf(db, "EBR");
        const qint64 current = AssignmentRepository(db).forMentee(emily)->first().id;
        const auto plannedOf = [&](qint64 pairing) {
            int n = 0;
            const QList<MentoringSession> all =
                SessionRepository(db).forAssignments({pairing}).value();
            for (const MentoringSession &s : all)
                n += s.status == SessionStatus::Planned && s.day >= QDate(2026, 11, 30);
            return n;
        };
        const int before = plannedOf(current);
        QVERIFY(before > 0);

        w.peopleActions()->assignMentor(current);
        QVERIFY(dialog);
        dialog->setMentor(idOf(db, "GTA"));
        dialog->setFrom(QDate(2026, 11, 30));
        QVERIFY(dialog->moveSessionsBox()->isVisible());
        QVERIFY(dialog->moveSessionsBox()->isChecked());
        QVERIFY2(dialog->moveSessionsBox()->text().contains(QString::number(before)),
                 qPrintable(dialog->moveSessionsBox()->text()));
        for (QCheckBox *ack : dialog->acknowledgementBoxes())
            ack->setChecked(true);
        QVERIFY(dialog->saveButton()->isEnabled());
        QString saveProblem;
        w.setMessageHook([&](const QString &, const QString &m) { saveProblem = m; });
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY2(saveProblem.isEmpty(), qPrintable(saveProblem));
        QCOMPARE(plannedOf(current), 0);
        const auto history = AssignmentRepository(db).forMentee(emily);
        QCOMPARE(history->size(), 2);
        QVERIFY(plannedOf(history->last().id) > 0);
        // One undo: the old mentor has every session back.
        QString problem;
        w.setMessageHook([&](const QString &, const QString &m) { problem = m; });
        w.undoStack()->undo();
        QCoreApplication::processEvents();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(plannedOf(current), before);
    }

    void refusalBlocksSaveAndWarningNeedsTicking()
    {
        const Fixture f = demoWithNewEct();
        const FixedClock clock(QDate(2026, 11, 23));
        auto ws = Workspace::open(f.path, clock);
        QVERIFY(ws.ok());
        Database &db = (*ws)->database();
        AssignMentorDialog dialog(**ws, (*ws)->today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // A teacher with no induction cannot be given an ECT mentor.
        dialog.setMentee(idOf(db, "NAH"));
        dialog.setMentor(idOf(db, "GTA"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.currentCheck().refusals.join(QString()).contains(
            QStringLiteral("no active induction")));

        // Joseph Baker has no QTS: one warning, Save only once it is ticked.
        dialog.setMentee(f.newEct);
        dialog.setMentor(idOf(db, "JBA"));
        QCOMPARE(dialog.acknowledgementBoxes().size(), 1);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCheckBox *ack = dialog.acknowledgementBoxes().first();
        QCOMPARE(ack->property("warning").toString(), QStringLiteral("no-qts"));
        QTest::mouseClick(ack, Qt::LeftButton, {}, QPoint(8, ack->height() / 2));
        QVERIFY(ack->isChecked());
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.request().acknowledged, QList<AssignmentWarning>{AssignmentWarning::NoQts});
    }

    void saveUndoRedoThroughTheMainWindow()
    {
        const Fixture f = demoWithNewEct();
        Settings settings(m_dir.filePath(QStringLiteral("s1.ini")));
        MainWindow w(settings);
        AssignMentorDialog *dialog = nullptr;
        w.setDialogHook([&](QDialog *d) {
            dialog = qobject_cast<AssignMentorDialog *>(d);
            d->show();
        });
        QVERIFY(w.openDatabase(f.path).ok());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Database &db = *(&w.workspace()->database());
        const int before = AssignmentRepository(db).all()->size();

        QTest::keyClick(&w, Qt::Key_M, Qt::ControlModifier);
        QVERIFY(dialog);
        dialog->setMentee(f.newEct);
        dialog->setMentor(idOf(db, "GTA"));
        dialog->setFrom(QDate(2026, 11, 23));
        QVERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        QCOMPARE(AssignmentRepository(db).all()->size(), before + 1);
        auto mine = AssignmentRepository(db).forMentee(f.newEct);
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->first().mentorId, idOf(db, "GTA"));
        QCOMPARE(w.undoStack()->count(), 1);

        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(AssignmentRepository(db).forMentee(f.newEct)->size(), 0);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(AssignmentRepository(db).forMentee(f.newEct)->size(), 1);
    }

    void replaceKeepsHistoryAndUndoRestoresIt()
    {
        Window window(m_dir.filePath(QStringLiteral("s2.ini")), demoWithNewEct().path);
        MainWindow &w = window.main;
        AssignMentorDialog *&dialog = window.dialog;
        Database &db = w.workspace()->database();
        const qint64 emily = idOf(db, "EBR");
        const qint64 current = AssignmentRepository(db).forMentee(emily)->first().id;

        w.peopleActions()->assignMentor(current);
        QVERIFY(dialog);
        QVERIFY(dialog->replaceBox()->isChecked());
        dialog->setMentor(idOf(db, "GTA"));
        dialog->setFrom(QDate(2027, 1, 4));
        QVERIFY(dialog->replaceBox()->isChecked());
        QVERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        auto history = AssignmentRepository(db).forMentee(emily);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->first().period.to, QDate(2027, 1, 3));
        QVERIFY(history->first().replacedBy > 0);

        w.undoStack()->undo();
        history = AssignmentRepository(db).forMentee(emily);
        QCOMPARE(history->size(), 1);
        QVERIFY(history->first().period.isOpenEnded());
    }
};

QTEST_MAIN(TestAssignMentorDialog)
#include "tst_assignmentordialog.moc"
