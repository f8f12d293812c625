#include "DemoWindow.h"
#include "app/FileActions.h"
#include "app/MainWindow.h"
#include "app/PeopleActions.h"
#include "application/Workspace.h"
#include "demo/DemoSchool.h"
#include "dialogs/AbsenceDialog.h"
#include "dialogs/BlockedTimeDialog.h"
#include "pages/MentorsPage.h"
#include "pages/mentors/TrainingTab.h"
#include "settings/Settings.h"
#include "storage/AvailabilityRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/TrainingRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

using namespace idesk;
using namespace idesk::ui;

class TestTrainingAbsence : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<MainWindow> open(Settings &settings)
    {
        return openDemoWindow(settings,
                              m_dir.filePath(QStringLiteral("demo-%1.inductiondesk").arg(++m_n)));
    }

private slots:
    void trainingRecordListedAndAdded()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        auto w = open(settings);
        w->showSection(MainWindow::Mentors);
        TrainingTab *page = w->mentorsPage()->trainingTab();
        const qint64 jhu = PersonRepository(*(&w->workspace()->database()))
                               .byStaffCode(QStringLiteral("JHU"))
                               ->value()
                               .id;
        w->mentorsPage()->setMentor(jhu);
        QCOMPARE(page->table()->rowCount(), 2); // the demo's conference and clinic
        QVERIFY(page->total()->text().contains(QLatin1String("5.5 hours")));
        page->hoursBox()->setValue(2.5);
        page->eventBox()->setCurrentIndex(page->eventBox()->findData(QStringLiteral("coaching")));
        page->addButton()->click();
        w->finishLoading(); // the section in view reads again on a worker
        QCOMPARE(TrainingRepository(*(&w->workspace()->database())).forMentor(jhu)->size(), 3);
        QCOMPARE(page->table()->rowCount(), 3);
        QVERIFY(page->total()->text().contains(QLatin1String("8 hours")));
        w->undoStack()->undo();
        w->finishLoading(); // the section in view reads again on a worker
        QCOMPARE(TrainingRepository(*(&w->workspace()->database())).forMentor(jhu)->size(), 2);

        // A mistaken entry can be removed, and Undo puts it back.
        QVERIFY(!page->removeButton()->isEnabled());
        page->table()->selectRow(0);
        page->removeButton()->click();
        w->finishLoading(); // the section in view reads again on a worker
        QCOMPARE(TrainingRepository(*(&w->workspace()->database())).forMentor(jhu)->size(), 1);
        QCOMPARE(page->table()->rowCount(), 1);
        w->undoStack()->undo();
        w->finishLoading(); // the section in view reads again on a worker
        QCOMPARE(TrainingRepository(*(&w->workspace()->database())).forMentor(jhu)->size(), 2);
        w->undoStack()->redo();
        w->finishLoading(); // the section in view reads again on a worker
        QCOMPARE(TrainingRepository(*(&w->workspace()->database())).forMentor(jhu)->size(), 1);
    }

    void blockedTimeAddedListedAndRemoved()
    {
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        auto w = open(settings);
        BlockedTimeDialog *dialog = nullptr;
        w->setDialogHook([&](QDialog *d) {
            dialog = qobject_cast<BlockedTimeDialog *>(d);
            d->show();
        });
        w->peopleActions()->blockTime();
        QVERIFY(dialog);
        QVERIFY(!dialog->existing()->isEnabled()); // nothing blocked yet
        dialog->dayEdit()->setDate(QDate(2026, 11, 30));
        dialog->fromEdit()->setTime(QTime(12, 0));
        dialog->toEdit()->setTime(QTime(11, 0));
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled());
        dialog->fromEdit()->setTime(QTime(8, 30));
        dialog->toEdit()->setTime(QTime(16, 0));
        dialog->reasonEdit()->setText(QStringLiteral("Mentor conference"));
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled());
        dialog->accept();
        QList<BlockedTime> blocked =
            AvailabilityRepository(*(&w->workspace()->database())).blockedTimes().value();
        QCOMPARE(blocked.size(), 1);
        QCOMPARE(blocked.first().personId, qint64(0)); // everyone
        QCOMPARE(blocked.first().start, QTime(8, 30));
        QCOMPARE(blocked.first().reason, QStringLiteral("Mentor conference"));

        // Open again: it is listed, and Remove takes it away (Undo puts it back).
        dialog = nullptr;
        w->peopleActions()->blockTime();
        QVERIFY(dialog);
        QCOMPARE(dialog->existing()->count(), 1);
        QVERIFY(dialog->existing()->item(0)->text().contains(QStringLiteral("Mentor conference")));
        dialog->existing()->setCurrentRow(0);
        dialog->removeButton()->click();
        QVERIFY(AvailabilityRepository(*(&w->workspace()->database())).blockedTimes()->isEmpty());
        QVERIFY(!dialog->existing()->isEnabled());
        w->undoStack()->undo();
        QCOMPARE(AvailabilityRepository(*(&w->workspace()->database())).blockedTimes()->size(), 1);
        dialog->reject();
    }

    void absenceRecordedThroughTheDialog()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        auto w = open(settings);
        AbsenceDialog *dialog = nullptr;
        w->setDialogHook([&](QDialog *d) {
            dialog = qobject_cast<AbsenceDialog *>(d);
            d->show();
        });
        w->peopleActions()->recordAbsence();
        QVERIFY(dialog);
        const qint64 ebr = PersonRepository(*(&w->workspace()->database()))
                               .byStaffCode(QStringLiteral("EBR"))
                               ->value()
                               .id;
        dialog->personBox()->setCurrentIndex(dialog->personBox()->findData(ebr));
        dialog->fromEdit()->setDate(QDate(2026, 11, 24));
        dialog->toEdit()->setDate(QDate(2026, 11, 20));
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled());
        dialog->toEdit()->setDate(QDate(2026, 11, 26));
        dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(QStringLiteral("sickness")));
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled());
        dialog->accept();
        const QList<Absence> absences =
            AvailabilityRepository(*(&w->workspace()->database())).absences().value();
        QCOMPARE(absences.size(), 1);
        QCOMPARE(absences.first().personId, ebr);
        QCOMPARE(absences.first().period, (DateRange{QDate(2026, 11, 24), QDate(2026, 11, 26)}));
        QCOMPARE(absences.first().kind, QStringLiteral("sickness"));
        w->undoStack()->undo();
        QCOMPARE(AvailabilityRepository(*(&w->workspace()->database())).absences()->size(), 0);
    }
};

QTEST_MAIN(TestTrainingAbsence)
#include "tst_trainingabsence.moc"
