#include "DemoWindow.h"
#include "app/CalendarActions.h"
#include "application/CalendarUseCases.h"
#include "application/Workspace.h"
#include "dialogs/TimetableImportWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace idesk;
using namespace idesk::ui;

// The timetable import as a tutor goes through it on the demo school:
// aSc's and FET's exports, a teacher matched by hand, the preview of week A
// and week B, Import, and Undo.
class TestTimetableImportWizard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    struct Fixture
    {
        std::unique_ptr<Settings> settings;
        std::unique_ptr<MainWindow> window;
        TimetableImportWizard *wizard = nullptr;
        Workspace &ws() { return *window->workspace(); }
    };

    std::unique_ptr<Fixture> open(const QString &file)
    {
        auto f = std::make_unique<Fixture>();
        ++m_n;
        f->settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("%1.ini").arg(m_n)));
        f->window = openDemoWindow(
            *f->settings, m_dir.filePath(QStringLiteral("demo-%1.inductiondesk").arg(m_n)));
        Fixture *raw = f.get();
        f->window->setDialogHook([raw](QDialog *d) {
            raw->wizard = qobject_cast<TimetableImportWizard *>(d);
            d->show();
        });
        f->window->calendarActions()->importTimetables(file);
        return f;
    }

    static void next(TimetableImportWizard *w)
    {
        QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled());
        w->next();
        QTRY_VERIFY(!w->isBusy());
    }

    static QString fixture(const char *name)
    {
        return QStringLiteral(FIXTURES_DIR "/timetables/") + QLatin1String(name);
    }

private slots:
    void ascExportMatchedPreviewedAndImported()
    {
        auto f = open(fixture("asc-two-week.xml"));
        TimetableImportWizard *w = f->wizard;
        QVERIFY(w);
        next(w);
        QTRY_COMPARE(w->currentId(), int(TimetableImportWizard::TeachersPage));
        QTableWidget *teachers = w->teacherTable();
        QCOMPARE(teachers->rowCount(), 4);
        // The teacher on no staff list comes first, with the closest suggested.
        QVERIFY(teachers->item(0, 0)->text().contains(QStringLiteral("Zoë Müller")));
        QVERIFY(!teachers->item(0, 4)->text().isEmpty());
        QCOMPARE(teachers->item(1, 2)->text(), QStringLiteral("Staff code"));

        // Matched by hand to Mr Michael Bell (MBE), and carried to the preview.
        qint64 mbe = 0;
        teachers->setCurrentCell(0, 0);
        auto *choose = w->findChild<QComboBox *>(QStringLiteral("matchTo"));
        QVERIFY(choose && choose->isEnabled());
        for (int i = 0; i < choose->count(); ++i) {
            if (choose->itemText(i).contains(QStringLiteral("(MBE)")))
                mbe = choose->itemData(i).toLongLong();
        }
        QVERIFY(mbe);
        w->matchTeacher(QStringLiteral("ZMU"), mbe);
        next(w);
        QCOMPARE(w->currentId(), int(TimetableImportWizard::PeriodsPage));
        QCOMPARE(w->plan().matchedCount(), 4);
        QCOMPARE(w->periodTable()->item(0, 1)->text(), QStringLiteral("Registration"));
        next(w);
        QCOMPARE(w->currentId(), int(TimetableImportWizard::PreviewPage));

        // Week A and week B side by side for the chosen teacher.
        QComboBox *who = w->previewTeacher();
        const int ebr = who->findText(QStringLiteral("EBR"), Qt::MatchContains);
        QVERIFY(ebr >= 0);
        who->setCurrentIndex(ebr);
        QTableWidget *a = w->previewWeek(0);
        QTableWidget *b = w->previewWeek(1);
        QVERIFY(b->isVisible());
        const auto rowOf = [](QTableWidget *t, const QString &name) {
            for (int r = 0; r < t->rowCount(); ++r) {
                if (t->verticalHeaderItem(r)->text() == name)
                    return r;
            }
            return -1;
        };
        QCOMPARE(a->item(rowOf(a, QStringLiteral("P2")), 1)->text(), QStringLiteral("10X En"));
        QVERIFY(!b->item(rowOf(b, QStringLiteral("P2")), 1));
        QCOMPARE(b->item(rowOf(b, QStringLiteral("P4")), 1)->text(), QStringLiteral("10X En"));

        const int before = int(f->window->undoStack()->count());
        w->accept();
        QTRY_COMPARE(int(f->window->undoStack()->count()), before + 1);
        auto tt = CalendarUseCases(f->ws()).timetable();
        QVERIFY(tt && tt->hasTimetable(mbe));

        // The match made by hand is remembered for the next aSc export.
        auto again = CalendarUseCases(f->ws()).readTimetables(fixture("asc-two-week.xml"));
        QVERIFY(again);
        QCOMPARE(again->matchedCount(), 4);
        QCOMPARE(again->changedPeople, 0);

        f->window->undoStack()->undo();
        auto forgotten = CalendarUseCases(f->ws()).readTimetables(fixture("asc-two-week.xml"));
        QCOMPARE(forgotten->matchedCount(), 3);
    }

    void brokenFileStaysOnTheFirstPage()
    {
        const QString path = m_dir.filePath(QStringLiteral("cut_teachers.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?>\n<Teachers_Timetable>\n<Teacher name=\"A\">\n");
        file.close();
        auto f = open(path);
        TimetableImportWizard *w = f->wizard;
        next(w);
        QCOMPARE(w->currentId(), int(TimetableImportWizard::FilePage));
        auto *problem = w->findChild<QWidget *>(QStringLiteral("fileProblem"));
        QVERIFY(problem && problem->isVisible());
    }

    void screenshots()
    {
        const QByteArray out = qgetenv("INDUCTIONDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set INDUCTIONDESK_SCREENSHOT_DIR to write screenshots");
        auto f = open(fixture("fet-two-week_teachers.xml"));
        TimetableImportWizard *w = f->wizard;
        next(w);
        QVERIFY(w->grab().save(QString::fromLocal8Bit(out) +
                               QStringLiteral("/import-timetables-teachers.png")));
        next(w);
        QVERIFY(w->grab().save(QString::fromLocal8Bit(out) +
                               QStringLiteral("/import-timetables-periods.png")));
        next(w);
        QVERIFY(w->grab().save(QString::fromLocal8Bit(out) +
                               QStringLiteral("/import-timetables-preview.png")));
    }
};

QTEST_MAIN(TestTimetableImportWizard)
#include "tst_timetableimportwizard.moc"
