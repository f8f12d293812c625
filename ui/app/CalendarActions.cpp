#include "CalendarActions.h"

#include "app/MainWindow.h"
#include "dialogs/IcsImportDialog.h"
#include "dialogs/TermDatesDialog.h"
#include "io/CsvReader.h"
#include "io/SchoolDayCsv.h"
#include "pages/CalendarPage.h"
#include "services/TermDatesService.h"
#include "services/TimetableService.h"
#include "storage/CalendarRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/TimetableRepository.h"

#include <QApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>

#include <memory>

namespace idesk::ui {

namespace {
struct YearDates
{
    QList<Term> terms;
    QList<Closure> closures;
};

Result<YearDates> datesOf(Database &db, const QString &year)
{
    CalendarRepository repo(db);
    auto terms = repo.terms();
    if (!terms)
        return terms.error();
    auto closures = repo.closures();
    if (!closures)
        return closures.error();
    YearDates d;
    for (const auto &t : std::as_const(*terms)) {
        if (t.academicYear == year)
            d.terms.append(t);
    }
    for (const auto &c : std::as_const(*closures)) {
        if (c.academicYear == year)
            d.closures.append(c);
    }
    return d;
}

// Puts a year back as it was: its dates, or none.
Status restoreYear(Database &db, const QString &year, const YearDates &dates)
{
    if (!dates.terms.isEmpty())
        return CalendarRepository(db).replaceYear(year, dates.terms, dates.closures);
    return db.write([&]() -> Status {
        for (const QString &table : {QStringLiteral("term"), QStringLiteral("closure")}) {
            if (auto r = db.exec(
                    QStringLiteral("DELETE FROM %1 WHERE academic_year = ?").arg(table), {year});
                !r)
                return r.error();
        }
        return Status::success();
    });
}
} // namespace

CalendarActions::CalendarActions(MainWindow &window, CalendarPage &page)
    : QObject(&window)
    , m_window(window)
    , m_page(page)
{
    connect(&page, &CalendarPage::editTermDatesRequested, this, &CalendarActions::editTermDates);
    connect(&page, &CalendarPage::importIcsRequested, this, [this] { importIcs(); });
    connect(&page, &CalendarPage::exportIcsRequested, this,
            [this](const QString &year) { exportIcs(year); });
    connect(&page, &CalendarPage::importSchoolDayRequested, this, [this] { importSchoolDay(); });
    connect(&page, &CalendarPage::importTimetablesRequested, this, [this] { importTimetables(); });
    connect(&page, &CalendarPage::timetableCellEdited, this, &CalendarActions::editTimetableCell);
}

QString CalendarActions::chooseFile(const QString &title, const QString &filter, bool save)
{
    if (m_fileHook)
        return m_fileHook(title, save);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return save ? QFileDialog::getSaveFileName(&m_window, title, folder, filter)
                : QFileDialog::getOpenFileName(&m_window, title, folder, filter);
}

void CalendarActions::editTermDates(const QString &year)
{
    Database *db = m_window.database();
    if (!db)
        return;
    auto before = datesOf(*db, year);
    if (!before) {
        m_window.reportError(tr("Reading the calendar"), before.error());
        return;
    }
    auto *dialog = new TermDatesDialog(year, before->terms, before->closures, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, db, year, old = *before] {
        const YearDates now{dialog->terms(), dialog->closures()};
        m_window.pushEdit(
            tr("Term dates for %1").arg(year),
            [db, year, now] {
                return CalendarRepository(*db).replaceYear(year, now.terms, now.closures);
            },
            [db, year, old] { return restoreYear(*db, year, old); });
    });
    m_window.showDialog(dialog);
}

void CalendarActions::importIcs(const QString &givenPath)
{
    Database *db = m_window.database();
    if (!db)
        return;
    const QString path =
        givenPath.isEmpty()
            ? chooseFile(tr("Import term dates"),
                         tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"), false)
            : givenPath;
    if (path.isEmpty())
        return;
    auto reading = TermDatesService::readIcs(path);
    if (!reading) {
        m_window.reportError(tr("Import term dates"), reading.error());
        return;
    }
    auto bank = CalendarRepository(*db).bankHolidays();
    if (!bank) {
        m_window.reportError(tr("Import term dates"), bank.error());
        return;
    }
    auto previous = std::make_shared<QHash<QString, YearDates>>();
    QStringList replaced;
    for (const auto &y : reading->years) {
        auto dates = datesOf(*db, y.academicYear);
        if (!dates) {
            m_window.reportError(tr("Import term dates"), dates.error());
            return;
        }
        if (!dates->terms.isEmpty())
            replaced << y.academicYear;
        previous->insert(y.academicYear, *dates);
    }
    auto *dialog =
        new IcsImportDialog(QFileInfo(path).fileName(), *reading, *bank, replaced, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, db, previous, r = *reading, name = QFileInfo(path).fileName()] {
                m_window.pushEdit(
                    tr("Import term dates from %1").arg(name),
                    [db, r] { return TermDatesService(*db).save(r); },
                    [db, previous] {
                        return db->write([&]() -> Status {
                            for (auto it = previous->cbegin(); it != previous->cend(); ++it) {
                                if (auto s = restoreYear(*db, it.key(), it.value()); !s)
                                    return s;
                            }
                            return Status::success();
                        });
                    });
                if (!r.years.isEmpty())
                    m_page.setAcademicYear(r.years.first().academicYear);
            });
    m_window.showDialog(dialog);
}

void CalendarActions::exportIcs(const QString &year, const QString &givenPath)
{
    Database *db = m_window.database();
    if (!db)
        return;
    const QString path = givenPath.isEmpty() ? chooseFile(tr("Export term dates for %1").arg(year),
                                                          tr("iCalendar files (*.ics)"), true)
                                             : givenPath;
    if (path.isEmpty())
        return;
    const QString file = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".ics") : path;
    if (auto s = TermDatesService(*db).exportIcsTo(file, year, QDateTime::currentDateTimeUtc()); !s)
        m_window.reportError(tr("Export term dates"), s.error());
    else
        m_window.statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(file).fileName()), 5000);
}

void CalendarActions::importSchoolDay(const QString &givenPath)
{
    Database *db = m_window.database();
    if (!db)
        return;
    const QString path = givenPath.isEmpty()
                             ? chooseFile(tr("Import the school day"),
                                          tr("CSV files (*.csv *.txt);;All files (*)"), false)
                             : givenPath;
    if (path.isEmpty())
        return;
    auto table = CsvReader::readFile(path);
    if (!table) {
        m_window.reportError(tr("Import the school day"), table.error());
        return;
    }
    QStringList problems;
    auto periods = SchoolDayCsv::parse(*table, &problems);
    if (!periods) {
        m_window.reportError(tr("Import the school day"), periods.error());
        return;
    }
    auto old = SchoolDayRepository(*db).schoolDay();
    if (!old) {
        m_window.reportError(tr("Import the school day"), old.error());
        return;
    }
    m_window.pushEdit(
        tr("Import the school day"),
        [db, p = *periods] { return SchoolDayRepository(*db).replacePeriods(p); },
        [db, p = old->periods()] { return SchoolDayRepository(*db).replacePeriods(p); });
}

void CalendarActions::importTimetables(const QString &givenPath)
{
    Database *db = m_window.database();
    if (!db)
        return;
    const QString path = givenPath.isEmpty()
                             ? chooseFile(tr("Import timetables"),
                                          tr("CSV files (*.csv *.txt);;All files (*)"), false)
                             : givenPath;
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QStringList problems;
    auto imported = TimetableService(*db).readCsv(path, &problems);
    auto before = TimetableRepository(*db).timetable();
    QApplication::restoreOverrideCursor();
    if (!imported) {
        m_window.reportError(tr("Import timetables"), imported.error());
        return;
    }
    if (!before) {
        m_window.reportError(tr("Import timetables"), before.error());
        return;
    }
    // Undo puts back the whole previous timetable and cycle.
    TimetableImport previous;
    previous.cycleWeeks = before->cycleWeeks();
    previous.entries = before->allEntries();
    m_window.pushEdit(
        tr("Import timetables from %1").arg(QFileInfo(path).fileName()),
        [db, i = *imported] { return TimetableService(*db).save(i); },
        [db, previous] {
            return db->write([&]() -> Status {
                if (auto r = db->exec(QStringLiteral("DELETE FROM timetable_entry")); !r)
                    return r.error();
                return TimetableRepository(*db).replace(previous.entries, previous.cycleWeeks);
            });
        });
}

void CalendarActions::editTimetableCell(const TimetableEntry &before, const TimetableEntry &after)
{
    Database *db = m_window.database();
    if (!db)
        return;
    m_window.pushEdit(
        tr("Change timetable: %1").arg(Activities::displayName(after.activity)),
        [db, after] { return TimetableRepository(*db).setEntry(after); },
        [db, before] { return TimetableRepository(*db).setEntry(before); });
}

} // namespace idesk::ui
