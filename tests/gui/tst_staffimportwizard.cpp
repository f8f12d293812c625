#include "app/FileActions.h"
#include "app/MainWindow.h"
#include "app/PeopleActions.h"
#include "application/Workspace.h"
#include "demo/DemoSchool.h"
#include "dialogs/StaffImportWizard.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

#include "util/Translations.h"
#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace idesk;
using namespace idesk::ui;

class TestStaffImportWizard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write");
        f.write(content);
        return path;
    }

    struct Fixture
    {
        std::unique_ptr<Settings> settings;
        std::unique_ptr<MainWindow> window;
        StaffImportWizard *wizard = nullptr;
        Database &db() { return *(&window->workspace()->database()); }
    };

    std::unique_ptr<Fixture> open(const QString &file)
    {
        auto f = std::make_unique<Fixture>();
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.inductiondesk").arg(++m_n));
        {
            auto db = Database::openSqlite(path);
            if (!db || !DemoSchool::populate(**db, FixedClock(QDate(2026, 11, 23))))
                qFatal("demo failed");
        }
        f->settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("%1.ini").arg(m_n)));
        f->window = std::make_unique<MainWindow>(*f->settings);
        if (!f->window->openDatabase(path))
            qFatal("open failed");
        Fixture *raw = f.get();
        f->window->setDialogHook([raw](QDialog *d) {
            raw->wizard = qobject_cast<StaffImportWizard *>(d);
            d->show();
        });
        f->window->peopleActions()->importStaffList(file);
        return f;
    }

    // "Next", waiting for work off the GUI thread to finish.
    static void next(StaffImportWizard *w)
    {
        QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled());
        w->next();
        QTRY_VERIFY(!w->isBusy());
    }

    const QByteArray kSims =
        "Hollinsbrook Academy: staff list\r\nPrinted 20/11/2026\r\n\r\n"
        "Staff Code,Title,Legal Forename,Legal Surname,Teacher Number,Work Email Address,Post\r\n"
        "HWA,Mrs,Helen,Walsh,,h.walsh@hollinsbrook.example,Executive Headteacher\r\n"
        "NEW,Ms,Nia,Ward,2345678,n.ward@hollinsbrook.example,Teacher of English\r\n";

private slots:
    void initTestCase()
    {
        // The day the widget tests are set in, and plural forms as the app reads them.
        qputenv("INDUCTIONDESK_TODAY", "2026-11-23");
        installTranslations(*QCoreApplication::instance(),
                            QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void fromFileToCommitThenUndo()
    {
        auto f = open(writeFile(QStringLiteral("sims.csv"), kSims));
        StaffImportWizard *w = f->wizard;
        QVERIFY(w);
        QCOMPARE(w->currentId(), int(StaffImportWizard::FilePage));
        next(w); // reads the file off the GUI thread, then moves on
        QTRY_COMPARE(w->currentId(), int(StaffImportWizard::PreviewPage));
        QVERIFY(w->readAs()->text().contains(QStringLiteral("UTF-8")));
        QVERIFY(w->readAs()->text().contains(QStringLiteral("commas")));
        QCOMPARE(w->headerRow()->value(), 4); // found under the title rows
        next(w);
        QCOMPARE(w->currentId(), int(StaffImportWizard::ColumnsPage));
        QCOMPARE(w->columnBox(StaffField::FirstName)->currentText(),
                 QStringLiteral("Legal Forename"));
        QCOMPARE(w->columnBox(StaffField::Trn)->currentText(), QStringLiteral("Teacher Number"));
        next(w);
        QCOMPARE(w->currentId(), int(StaffImportWizard::CheckPage));
        QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(w->problemList()->count(), 0);
        next(w);
        QCOMPARE(w->currentId(), int(StaffImportWizard::SummaryPage));
        QCOMPARE(w->plan().count(StaffChange::New), 1);
        QCOMPARE(w->plan().count(StaffChange::Updated), 1);
        // Tick Mr Khan as having left.
        QTreeWidgetItem *missing = w->summaryTree()->topLevelItem(3);
        QVERIFY(missing->text(0).startsWith(QStringLiteral("Not in the file")));
        const qint64 khan =
            PersonRepository(f->db()).byStaffCode(QStringLiteral("MKH"))->value().id;
        for (int i = 0; i < missing->childCount(); ++i) {
            if (missing->child(i)->data(0, Qt::UserRole + 1).toLongLong() == khan)
                missing->child(i)->setCheckState(0, Qt::Checked);
        }
        QCOMPARE(w->markedAsLeft(), QList<qint64>{khan});
        const int before = *PersonRepository(f->db()).count();
        w->accept();
        QCOMPARE(*PersonRepository(f->db()).count(), before + 1);
        QCOMPARE(PersonRepository(f->db()).byStaffCode(QStringLiteral("HWA"))->value().jobTitle,
                 QStringLiteral("Executive Headteacher"));
        QVERIFY(PersonRepository(f->db()).byId(khan)->employmentEnd.isValid());
        QCOMPARE(f->window->currentSection(), MainWindow::People);

        f->window->undoStack()->undo();
        QCOMPARE(*PersonRepository(f->db()).count(), before);
        QCOMPARE(PersonRepository(f->db()).byStaffCode(QStringLiteral("HWA"))->value().jobTitle,
                 QStringLiteral("Headteacher"));
        QVERIFY(!PersonRepository(f->db()).byId(khan)->employmentEnd.isValid());
    }

    void problemsStopTheImport()
    {
        auto f = open(writeFile(QStringLiteral("bad.csv"),
                                "Staff Code,Forename,Surname,TRN\nNEW,Nia,Ward,12\n"
                                "NEX,Ned,,2345678\n"));
        StaffImportWizard *w = f->wizard;
        next(w);
        QTRY_COMPARE(w->currentId(), int(StaffImportWizard::PreviewPage));
        next(w);
        next(w);
        QCOMPARE(w->currentId(), int(StaffImportWizard::CheckPage));
        QTRY_COMPARE(w->problemList()->count(), 2);
        QVERIFY(w->problemList()->item(0)->text().startsWith(
            QStringLiteral("bad.csv, row 2, column TRN")));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    }

    void unreadableFileStaysOnTheFirstPage()
    {
        auto f = open(writeFile(QStringLiteral("junk.xlsx"), QByteArray("PK\x03\x04junk", 8)));
        StaffImportWizard *w = f->wizard;
        QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled());
        w->next();
        QTRY_VERIFY(!w->isBusy());
        QCOMPARE(w->currentId(), int(StaffImportWizard::FilePage));
        auto *problem = w->findChild<QLabel *>(QStringLiteral("fileProblem"));
        QTRY_VERIFY(problem->text().contains(QStringLiteral("junk.xlsx")));
    }

    void screenshot()
    {
        const QByteArray out = qgetenv("INDUCTIONDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set INDUCTIONDESK_SCREENSHOT_DIR to write screenshots");
        auto f = open(writeFile(QStringLiteral("sims.csv"), kSims));
        StaffImportWizard *w = f->wizard;
        for (int i = 0; i < 4; ++i) {
            next(w);
            QTest::qWait(50);
        }
        QTRY_COMPARE(w->currentId(), int(StaffImportWizard::SummaryPage));
        QVERIFY(w->grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/import-staff.png")));
    }
};

QTEST_MAIN(TestStaffImportWizard)
#include "tst_staffimportwizard.moc"
