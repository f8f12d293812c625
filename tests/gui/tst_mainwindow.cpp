#include "TestDatabase.h"
#include "app/FileActions.h"
#include "app/MainWindow.h"
#include "app/PeopleActions.h"
#include "application/Workspace.h"
#include "demo/DemoSchool.h"
#include "dialogs/AssignMentorDialog.h"
#include "models/PeopleFilterModel.h"
#include "pages/PairingsPage.h"
#include "pages/PeoplePage.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include "util/Translations.h"
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace idesk;
using namespace idesk::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString demoDatabase()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.inductiondesk").arg(++n));
        auto db = Database::openSqlite(path);
        if (!db || !DemoSchool::populate(**db, FixedClock(QDate(2026, 11, 23))))
            qFatal("demo failed");
        return path;
    }

private slots:
    void initTestCase()
    {
        // The day the widget tests are set in, and plural forms as the app reads them.
        qputenv("INDUCTIONDESK_TODAY", "2026-11-23");
        installTranslations(*QCoreApplication::instance(),
                            QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void opensADatabaseAndShowsPeopleAndPairings()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        MainWindow w(settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString path = demoDatabase();
        QVERIFY(w.openDatabase(path).ok());
        QVERIFY(w.windowTitle().contains(QStringLiteral("Hollinsbrook Academy")));
        QTRY_COMPARE(w.peoplePage()->table()->model()->rowCount(), 40); // filled in when idle
        QVERIFY(w.statusBar()->findChild<QLabel *>()->text().contains(QStringLiteral("demo-")));
        QCOMPARE(settings.recentDatabases().first(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(settings.lastDatabase(), QFileInfo(path).absoluteFilePath());

        // Search as you type narrows the table.
        w.showSection(MainWindow::People);
        QTest::keyClicks(w.peoplePage()->searchField(), QStringLiteral("okafor"));
        QCOMPARE(w.peoplePage()->table()->model()->rowCount(), 1);
        w.peoplePage()->searchField()->clear();
        QTRY_COMPARE(w.peoplePage()->table()->model()->rowCount(), 40); // filled in when idle

        // Pairings: current ones first, the history on request.
        w.showSection(MainWindow::Pairings);
        QTableView *pairings = w.pairingsPage()->table();
        const int current = pairings->model()->rowCount();
        QCheckBox *history = w.pairingsPage()->historyToggle();
        QTest::mouseClick(history, Qt::LeftButton, {}, QPoint(8, history->height() / 2));
        QVERIFY(history->isChecked());
        QVERIFY(pairings->model()->rowCount() > current);
    }

    void keyboardReachesEverySection()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        MainWindow w(settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int i = 0; i < MainWindow::SectionCount; ++i) {
            QTest::keyClick(&w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(int(w.currentSection()), i);
        }
        QTest::keySequence(&w, QKeySequence::Find);
        QCOMPARE(w.currentSection(), MainWindow::People);
        QVERIFY(w.peoplePage()->searchField()->hasFocus());
    }

    void selectedMenteeShowsTheirWholeHistory()
    {
        Settings settings(m_dir.filePath(QStringLiteral("h.ini")));
        MainWindow w(settings);
        QVERIFY(w.openDatabase(demoDatabase()).ok());
        w.show();
        w.showSection(MainWindow::Pairings);
        w.finishLoading(); // pairings are read on a worker
        QTableView *table = w.pairingsPage()->table();
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 2).data().toString() == QLatin1String("Ms Lucy Chapman"))
                row = r;
        }
        QVERIFY(row >= 0); // her current pairing; the replaced one is hidden
        table->setCurrentIndex(table->model()->index(row, 0));
        const QString history = w.pairingsPage()->menteeHistory()->text();
        QVERIFY2(history.contains(QStringLiteral("Mr Michael Bell")), qPrintable(history));
        QVERIFY(history.contains(QStringLiteral("Mr Thomas Nguyen")));
        QVERIFY(history.contains(QStringLiteral("left the school at Easter")));
    }

    void everyMenuActionHasAShortcut()
    {
        Settings settings(m_dir.filePath(QStringLiteral("k.ini")));
        MainWindow w(settings);
        QStringList missing;
        for (QAction *menuAction : w.menuBar()->actions()) {
            for (QAction *a : menuAction->menu()->actions()) {
                if (a->isSeparator() || a->menu())
                    continue;
                if (a->shortcut().isEmpty() && a->menuRole() != QAction::AboutQtRole)
                    missing.append(a->text());
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void unreadableFileKeepsTheOpenDatabase()
    {
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        MainWindow w(settings);
        const QString good = demoDatabase();
        QVERIFY(w.openDatabase(good).ok());
        const QString junk = m_dir.filePath(QStringLiteral("junk.inductiondesk"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        QVERIFY(!w.openDatabase(junk).ok());
        QCOMPARE((&w.workspace()->database())->path(), QFileInfo(good).absoluteFilePath());
        QTRY_COMPARE(w.peoplePage()->table()->model()->rowCount(), 40); // filled in when idle
    }

    void everyControlHasAnAccessibleName()
    {
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        MainWindow w(settings);
        QVERIFY(!w.sidebar()->accessibleName().isEmpty());
        QVERIFY(!w.peoplePage()->searchField()->accessibleName().isEmpty());
        QVERIFY(!w.peoplePage()->table()->accessibleName().isEmpty());
        QVERIFY(!w.pairingsPage()->table()->accessibleName().isEmpty());
        QVERIFY(!w.pairingsPage()->historyToggle()->accessibleName().isEmpty());
    }

    void screenshots()
    {
        // Kept for the README: each main view as a person sees it.
        const QByteArray out = qgetenv("INDUCTIONDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set INDUCTIONDESK_SCREENSHOT_DIR to write screenshots");
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        MainWindow w(settings);
        w.resize(1100, 680);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openDatabase(demoDatabase()).ok());
        w.showSection(MainWindow::People);
        QTest::qWait(50);
        QVERIFY(w.grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/people.png")));
        w.showSection(MainWindow::Pairings);
        w.pairingsPage()->historyToggle()->setChecked(true);
        QTest::qWait(50);
        QVERIFY(w.grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/pairings.png")));
        w.showSection(MainWindow::ThisWeek);
        QTest::qWait(50);
        QVERIFY(w.grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/this-week.png")));

        QDialog *dialog = nullptr;
        w.setDialogHook([&](QDialog *d) {
            dialog = d;
            d->show();
        });
        w.showSection(MainWindow::Pairings);
        w.pairingsPage()->table()->selectRow(0);
        w.peopleActions()->assignMentor(
            w.pairingsPage()->table()->currentIndex().data(Qt::UserRole + 1).toLongLong());
        QVERIFY(dialog);
        auto *assign = qobject_cast<AssignMentorDialog *>(dialog);
        assign->setMentor(PersonRepository(*(&w.workspace()->database()))
                              .byStaffCode(QStringLiteral("DOK"))
                              ->value()
                              .id);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->grab().save(QString::fromLocal8Bit(out) +
                                    QStringLiteral("/assign-mentor.png")));
        dialog->reject();

        w.peopleActions()->editPerson(PersonRepository(*(&w.workspace()->database()))
                                          .byStaffCode(QStringLiteral("TNG"))
                                          ->value()
                                          .id);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(
            dialog->grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/edit-person.png")));
        dialog->reject();
        w.peopleActions()->addEct();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/add-ect.png")));
        dialog->reject();
        w.fileActions()->showPreferences();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(
            dialog->grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/preferences.png")));
        dialog->reject();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
