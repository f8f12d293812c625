#include "TestDatabase.h"
#include "app/FileActions.h"
#include "app/MainWindow.h"
#include "app/PeopleActions.h"
#include "application/Workspace.h"
#include "demo/DemoSchool.h"
#include "dialogs/PreferencesDialog.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/SchoolRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLockFile>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace idesk;
using namespace idesk::ui;

class TestPreferences : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString demo()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("prefs-%1.inductiondesk").arg(++n));
        auto d = Database::openSqlite(path);
        if (!d || !DemoSchool::populate(**d, FixedClock(QDate(2026, 11, 23))))
            qFatal("demo failed");
        return path;
    }

private slots:
    void schoolPreferencesAreSavedInTheDatabaseAndUndoable()
    {
        Settings settings(m_dir.filePath(QStringLiteral("p1.ini")));
        MainWindow w(settings);
        PreferencesDialog *dialog = nullptr;
        w.setDialogHook([&](QDialog *d) {
            dialog = qobject_cast<PreferencesDialog *>(d);
            d->show();
        });
        QVERIFY(w.openDatabase(demo()).ok());
        w.fileActions()->showPreferences();
        QVERIFY(dialog);
        QCOMPARE(dialog->schoolNameEdit()->text(), QStringLiteral("Hollinsbrook Academy"));
        QCOMPARE(dialog->capacityBox()->value(), 2);
        QVERIFY(dialog->ruleSetTable()->rowCount() >= 6);

        dialog->schoolNameEdit()->selectAll();
        QTest::keyClicks(dialog->schoolNameEdit(),
                         QStringLiteral("Hollinsbrook Academy Trust School"));
        dialog->capacityBox()->setValue(3);
        dialog->paperBox()->setCurrentIndex(
            dialog->paperBox()->findData(int(Settings::PaperSize::Letter)));
        // A URN must be six digits: OK is off while it is not.
        dialog->urnEdit()->setText(QStringLiteral("1234"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->urnEdit()->setText(QStringLiteral("141373"));
        QVERIFY(ok->isEnabled());
        // The school's own session pattern for this year; a bad number blocks OK.
        dialog->setRuleNumber(QStringLiteral("2026-27"), QStringLiteral("ectYearTwoCadenceWeeks"),
                              9);
        QVERIFY(!ok->isEnabled());
        dialog->setRuleNumber(QStringLiteral("2026-27"), QStringLiteral("ectYearTwoCadenceWeeks"),
                              3);
        dialog->setRuleNumber(QStringLiteral("2026-27"), QStringLiteral("coachingMinutes"), 60);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        Database &db = *(&w.workspace()->database());
        QCOMPARE(SchoolRepository(db).school()->name,
                 QStringLiteral("Hollinsbrook Academy Trust School"));
        QCOMPARE(SchoolRepository(db).school()->urn, QStringLiteral("141373"));
        QCOMPARE(SchoolRepository(db).mentorCapacity(QDate(2026, 11, 23)), 3);
        QCOMPARE(settings.paperSize(), Settings::PaperSize::Letter);
        QVERIFY(w.windowTitle().contains(QStringLiteral("Trust School")));
        const RuleSetRegistry rules = SchoolRepository(db).ruleSets();
        QCOMPARE(rules.forAcademicYear(QStringLiteral("2026-27"))->coachingMinutes, 60);
        QCOMPARE(rules.forAcademicYear(QStringLiteral("2026-27"))->ectYearTwoCadenceWeeks, 3);
        QCOMPARE(rules.forAcademicYear(QStringLiteral("2025-26"))->coachingMinutes, 45);

        w.undoStack()->undo();
        QCOMPARE(SchoolRepository(db).school()->name, QStringLiteral("Hollinsbrook Academy"));
        QCOMPARE(SchoolRepository(db).mentorCapacity(QDate(2026, 11, 23)), 2);
        QCOMPARE(SchoolRepository(db)
                     .ruleSets()
                     .forAcademicYear(QStringLiteral("2026-27"))
                     ->coachingMinutes,
                 45);
        w.undoStack()->redo();
        QCOMPARE(SchoolRepository(db).mentorCapacity(QDate(2026, 11, 23)), 3);
    }

    void paperSizeDefaultsToA4()
    {
        Settings settings(m_dir.filePath(QStringLiteral("p2.ini")));
        QCOMPARE(settings.paperSize(), Settings::PaperSize::A4);
    }

    void aSecondCopyIsWarned()
    {
        const QString path = demo();
        QLockFile other(QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock"));
        QVERIFY(other.tryLock(0)); // as if another copy had it open
        Settings settings(m_dir.filePath(QStringLiteral("p3.ini")));
        MainWindow w(settings);
        QStringList messages;
        w.setMessageHook([&](const QString &, const QString &m) { messages.append(m); });
        QVERIFY(w.openDatabase(path).ok());
        QVERIFY(w.openedElsewhere());
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().contains(QStringLiteral("another copy")));
        other.unlock();

        // Once the other copy has gone, opening again is quiet.
        MainWindow second(settings);
        second.setMessageHook([&](const QString &, const QString &m) { messages.append(m); });
        QVERIFY(w.openDatabase(demo()).ok()); // the first window lets go of it
        QVERIFY(second.openDatabase(path).ok());
        QVERIFY(!second.openedElsewhere());
        QCOMPARE(messages.size(), 1);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
