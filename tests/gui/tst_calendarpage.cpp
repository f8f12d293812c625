#include "app/CalendarActions.h"
#include "app/MainWindow.h"
#include "application/Workspace.h"
#include "demo/DemoSchool.h"
#include "dialogs/IcsImportDialog.h"
#include "dialogs/TermDatesDialog.h"
#include "models/TimetableModel.h"
#include "pages/CalendarPage.h"
#include "settings/Settings.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/TimetableRepository.h"
#include "widgets/YearView.h"

#include "util/Translations.h"
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace idesk;
using namespace idesk::ui;

class TestCalendarPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    struct Window
    {
        Settings settings;
        MainWindow window;
        QDialog *dialog = nullptr;
        QStringList messages;
        explicit Window(const QString &ini)
            : settings(ini)
            , window(settings)
        {
            window.setDialogHook([this](QDialog *d) {
                dialog = d;
                d->show();
            });
            window.setMessageHook(
                [this](const QString &, const QString &message) { messages.append(message); });
        }
        Database &db() { return *(&window.workspace()->database()); }
        CalendarPage *page() { return window.calendarPage(); }
        qint64 person(const char *code)
        {
            return PersonRepository(db()).byStaffCode(QLatin1String(code))->value().id;
        }
    };

    std::unique_ptr<Window> openDemo()
    {
        ++m_n;
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.inductiondesk").arg(m_n));
        {
            auto db = Database::openSqlite(path);
            if (!db || !DemoSchool::populate(**db, FixedClock(QDate(2026, 11, 23))))
                qFatal("demo failed");
        }
        auto w = std::make_unique<Window>(m_dir.filePath(QStringLiteral("%1.ini").arg(m_n)));
        if (!w->window.openDatabase(path))
            qFatal("open failed");
        w->window.showSection(MainWindow::Calendar);
        w->window.finishLoading(); // the calendar is read on a worker
        w->page()->setAcademicYear(QStringLiteral("2026-27"));
        return w;
    }

private slots:
    void initTestCase()
    {
        // The day the widget tests are set in, and plural forms as the app reads them.
        qputenv("INDUCTIONDESK_TODAY", "2026-11-23");
        installTranslations(*QCoreApplication::instance(),
                            QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void yearViewShowsWhatEachDayIs_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("kind");
        // The demo school's 2026-27: INSET on 1 September, half term in the
        // last week of October, Christmas Day, a Saturday, an ordinary Tuesday.
        QTest::newRow("INSET") << QDate(2026, 9, 1) << int(YearView::DayKind::Inset);
        QTest::newRow("open") << QDate(2026, 9, 8) << int(YearView::DayKind::Open);
        QTest::newRow("half term") << QDate(2026, 10, 28) << int(YearView::DayKind::Holiday);
        QTest::newRow("Christmas") << QDate(2026, 12, 25) << int(YearView::DayKind::Holiday);
        QTest::newRow("Saturday") << QDate(2026, 11, 21) << int(YearView::DayKind::Weekend);
        QTest::newRow("May bank holiday")
            << QDate(2027, 5, 3) << int(YearView::DayKind::BankHoliday);
    }
    void yearViewShowsWhatEachDayIs()
    {
        QFETCH(QDate, day);
        QFETCH(int, kind);
        auto w = openDemo();
        QCOMPARE(w->page()->academicYear(), QStringLiteral("2026-27"));
        QCOMPARE(int(w->page()->yearView()->kindOf(day)), kind);
        QVERIFY(!w->page()->yearView()->describe(day).isEmpty());
        QVERIFY(
            w->page()->yearSummary()->text().contains(QStringLiteral("Autumn term: 01/09/2026")));
    }

    void editTermDatesAndUndo()
    {
        auto w = openDemo();
        w->window.calendarActions()->editTermDates(QStringLiteral("2026-27"));
        auto *dialog = qobject_cast<TermDatesDialog *>(w->dialog);
        QVERIFY(dialog);
        QCOMPARE(dialog->termEdit(TermKind::Autumn, true)->date(), QDate(2026, 12, 18));
        // A last day before the first is refused in words, and Save is off.
        dialog->termEdit(TermKind::Autumn, true)->setDate(QDate(2026, 8, 20));
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled());
        dialog->termEdit(TermKind::Autumn, true)->setDate(QDate(2026, 12, 17));
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled());
        const int closures = dialog->closureTable()->rowCount();
        dialog->addClosure({0,
                            QStringLiteral("2026-27"),
                            ClosureKind::Other,
                            QStringLiteral("Polling day"),
                            {QDate(2026, 11, 5), QDate(2026, 11, 5)}});
        dialog->accept();

        const auto termEnd = [&] {
            const QList<Term> terms = CalendarRepository(w->db()).terms().value();
            for (const auto &t : terms) {
                if (t.academicYear == QLatin1String("2026-27") && t.kind == TermKind::Autumn)
                    return t.period.to;
            }
            return QDate();
        };
        QCOMPARE(termEnd(), QDate(2026, 12, 17));
        QCOMPARE(CalendarRepository(w->db()).closures()->size(), closures + 1);
        QCOMPARE(int(w->page()->yearView()->kindOf(QDate(2026, 11, 5))),
                 int(YearView::DayKind::OtherClosure));
        w->window.undoStack()->undo();
        QCOMPARE(termEnd(), QDate(2026, 12, 18));
        QCOMPARE(CalendarRepository(w->db()).closures()->size(), closures);
        QCOMPARE(int(w->page()->yearView()->kindOf(QDate(2026, 11, 5))),
                 int(YearView::DayKind::Open));
    }

    void importIcsShowsWhatWasUnderstoodThenSaves()
    {
        auto w = openDemo();
        const QList<Term> before = *CalendarRepository(w->db()).terms();
        w->window.calendarActions()->importIcs(QStringLiteral(FIXTURES_DIR "/ics/la-2026-27.ics"));
        auto *dialog = qobject_cast<IcsImportDialog *>(w->dialog);
        QVERIFY(dialog);
        // Nothing is saved while the user looks.
        QCOMPARE(*CalendarRepository(w->db()).terms(), before);
        QTreeWidget *tree = dialog->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->child(0)->childCount(), 3); // three terms
        QCOMPARE(tree->topLevelItem(0)->child(0)->child(0)->text(1),
                 QStringLiteral("01/09/2026 to 18/12/2026"));
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("ignored")));
        dialog->accept();
        const QList<Term> after = *CalendarRepository(w->db()).terms();
        QVERIFY(after != before);
        QCOMPARE(after.at(1).period.to, QDate(2027, 3, 25));
        w->window.undoStack()->undo();
        QCOMPARE(CalendarRepository(w->db()).terms()->size(), before.size());
        QCOMPARE(CalendarRepository(w->db()).terms()->at(1).period, before.at(1).period);

        // A broken file is reported and changes nothing.
        w->dialog = nullptr;
        const QString junk = m_dir.filePath(QStringLiteral("junk.ics"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a calendar");
        f.close();
        w->window.calendarActions()->importIcs(junk);
        QVERIFY(!w->dialog);
        QCOMPARE(w->messages.size(), 1);
        QVERIFY(w->messages.first().contains(QStringLiteral("junk.ics")));
    }

    void warningsAreSavedOnlyOnTheTutorsWord()
    {
        auto w = openDemo();
        const QList<Term> before = *CalendarRepository(w->db()).terms();
        w->window.calendarActions()->importIcs(
            QStringLiteral(FIXTURES_DIR "/ics/university-terms.ics"));
        auto *dialog = qobject_cast<IcsImportDialog *>(w->dialog);
        QVERIFY(dialog);
        auto *warnings = dialog->findChild<QListWidget *>(QStringLiteral("warnings"));
        QVERIFY(warnings);
        QCOMPARE(warnings->count(), 1);
        QVERIFY(warnings->item(0)->text().contains(QStringLiteral("37 school days")));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QPushButton *save = buttons->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        auto *accept = dialog->findChild<QCheckBox *>(QStringLiteral("acceptWarnings"));
        QVERIFY(accept);
        accept->setChecked(true);
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(CalendarRepository(w->db()).terms()->last().period.to, QDate(2027, 6, 18));
        w->window.undoStack()->undo();
        QCOMPARE(*CalendarRepository(w->db()).terms(), before);

        // Terms worked out from the holidays are shown as such.
        w->window.calendarActions()->importIcs(
            QStringLiteral(FIXTURES_DIR "/ics/council-holidays-only.ics"));
        dialog = qobject_cast<IcsImportDialog *>(w->dialog);
        QVERIFY(dialog);
        auto *notes = dialog->findChild<QListWidget *>(QStringLiteral("notes"));
        QVERIFY(notes);
        QVERIFY(notes->findItems(QStringLiteral("inferred"), Qt::MatchContains).size() == 1);
        QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("acceptWarnings")));
        dialog->reject();
    }

    void oldBankHolidaysAskFirstAndKeepOtherYears()
    {
        auto w = openDemo();
        const QString path = m_dir.filePath(QStringLiteral("bank-holidays-2019.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":["
                "{\"title\":\"Christmas Day\",\"date\":\"2019-12-25\"},"
                "{\"title\":\"Boxing Day\",\"date\":\"2019-12-26\"}]}}");
        f.close();
        const auto held = [&] {
            return *CalendarRepository(w->db()).bankHolidays();
        };
        const QList<BankHoliday> before = held();
        w->window.calendarActions()->importBankHolidays(path);
        auto *box = qobject_cast<QMessageBox *>(w->dialog);
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("before the academic year 2026-27")));
        QCOMPARE(held(), before); // nothing until the tutor says so
        box->button(QMessageBox::Yes)->click();
        const QList<BankHoliday> after = held();
        QCOMPARE(after.size(),
                 before.size() + 2 -
                     std::count_if(before.cbegin(), before.cend(),
                                   [](const BankHoliday &b) { return b.date.year() == 2019; }));
        // The years the file does not cover are kept: 2026-27 has its holidays.
        QVERIFY(std::any_of(after.cbegin(), after.cend(),
                            [](const BankHoliday &b) { return b.date == QDate(2026, 12, 25); }));
        w->window.undoStack()->undo();
        QCOMPARE(held(), before);
    }

    void exportIcs()
    {
        auto w = openDemo();
        const QString out = m_dir.filePath(QStringLiteral("export"));
        w->window.calendarActions()->exportIcs(QStringLiteral("2026-27"), out);
        QFile f(out + QStringLiteral(".ics"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(text.contains("SUMMARY:Autumn term"));
        QVERIFY(text.contains("X-WR-CALNAME:Hollinsbrook Academy calendar"));
    }

    void timetableGridEditsThroughUndo()
    {
        auto w = openDemo();
        const qint64 ebr = w->person("EBR");
        w->page()->tabs()->setCurrentIndex(CalendarPage::TimetablesTab);
        w->page()->setTimetablePerson(ebr);
        w->page()->setTimetableWeek(1);
        TimetableModel *model = w->page()->timetableModel();
        QCOMPARE(model->personId(), ebr);
        QCOMPARE(model->week(), 1);
        QCOMPARE(model->rowCount(), 10);
        QCOMPARE(model->columnCount(), 5);
        const auto day = *SchoolDayRepository(w->db()).schoolDay();
        const int p1 = int(day.periods().indexOf(*day.byName(QStringLiteral("P1"))));
        const QModelIndex cell = model->index(p1, 4); // Friday P1
        QVERIFY(model->setData(cell,
                               QVariantMap{{QStringLiteral("activity"), int(Activity::Teaching)},
                                           {QStringLiteral("class"), QStringLiteral("8Q/Sc3")}},
                               Qt::EditRole));
        const auto stored = [&] {
            return TimetableRepository(w->db()).timetable()->activity(
                ebr, 1, 5, day.byName(QStringLiteral("P1"))->id);
        };
        QCOMPARE(stored(), Activity::Teaching);
        // The grid re-reads after the change and keeps the person and week.
        QCOMPARE(w->page()->timetableModel()->week(), 1);
        QCOMPARE(w->page()->timetableModel()->index(p1, 4).data().toString(),
                 QStringLiteral("8Q/Sc3"));
        QVERIFY(model->setData(model->index(p1, 4),
                               QVariantMap{{QStringLiteral("activity"), int(Activity::Ppa)}},
                               Qt::EditRole));
        QCOMPARE(stored(), Activity::Ppa);
        w->window.undoStack()->undo();
        QCOMPARE(stored(), Activity::Teaching);
        QCOMPARE(w->window.undoStack()->undoText(), QStringLiteral("Change timetable: Teaching"));
    }

    void screenshots()
    {
        const QByteArray out = qgetenv("INDUCTIONDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set INDUCTIONDESK_SCREENSHOT_DIR to write screenshots");
        auto w = openDemo();
        w->window.resize(1100, 720);
        w->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w->window));
        QTest::qWait(50);
        QVERIFY(w->window.grab().save(QString::fromLocal8Bit(out) +
                                      QStringLiteral("/calendar-year.png")));
        w->page()->tabs()->setCurrentIndex(CalendarPage::TimetablesTab);
        w->page()->setTimetablePerson(w->person("PSI"));
        QTest::qWait(50);
        QVERIFY(w->window.grab().save(QString::fromLocal8Bit(out) +
                                      QStringLiteral("/calendar-timetable.png")));
        w->window.calendarActions()->importIcs(QStringLiteral(FIXTURES_DIR "/ics/la-2026-27.ics"));
        QVERIFY(QTest::qWaitForWindowExposed(w->dialog));
        QTest::qWait(50);
        QVERIFY(w->dialog->grab().save(QString::fromLocal8Bit(out) +
                                       QStringLiteral("/import-ics.png")));
        w->dialog->reject();
        w->window.calendarActions()->importIcs(
            QStringLiteral(FIXTURES_DIR "/ics/university-terms.ics"));
        QVERIFY(QTest::qWaitForWindowExposed(w->dialog));
        QTest::qWait(50);
        QVERIFY(w->dialog->grab().save(QString::fromLocal8Bit(out) +
                                       QStringLiteral("/import-ics-warnings.png")));
        w->dialog->reject();
        w->window.calendarActions()->importIcs(
            QStringLiteral(FIXTURES_DIR "/ics/council-school-days.ics"));
        QVERIFY(QTest::qWaitForWindowExposed(w->dialog));
        QTest::qWait(50);
        QVERIFY(w->dialog->grab().save(QString::fromLocal8Bit(out) +
                                       QStringLiteral("/import-ics-inferred.png")));
        w->dialog->reject();
        w->window.calendarActions()->editTermDates(QStringLiteral("2026-27"));
        QVERIFY(QTest::qWaitForWindowExposed(w->dialog));
        QTest::qWait(50);
        QVERIFY(w->dialog->grab().save(QString::fromLocal8Bit(out) +
                                       QStringLiteral("/term-dates.png")));
        w->dialog->reject();
    }
};

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"
