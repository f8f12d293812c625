#include "CalendarUseCases.h"

#include "application/BackupUseCases.h"

#include "application/StepChange.h"
#include "application/Workspace.h"
#include "io/CsvReader.h"
#include "io/SchoolDayCsv.h"
#include "services/TermDatesService.h"
#include "services/TimetableService.h"
#include "storage/CalendarRepository.h"
#include "storage/InductionRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/SchoolTimeLoader.h"
#include "storage/TeacherMatchRepository.h"
#include "storage/TimetableRepository.h"
#include "util/Dates.h"

#include <QHash>

#include <memory>

namespace idesk {

namespace {
// Puts a year back as it was: its dates, or none.
Status restoreYear(Database &db, const QString &year, const YearDates &dates)
{
    CalendarRepository repo(db);
    if (dates.terms.isEmpty())
        return repo.clearYear(year);
    return repo.replaceYear(year, dates.terms, dates.closures);
}
} // namespace

Result<SchoolTime> CalendarUseCases::schoolTime() const
{
    return SchoolTimeLoader::load(m_ws.database());
}

Result<SchoolTime> CalendarUseCases::schoolTimeWithLessonsOf(qint64 person) const
{
    return SchoolTimeLoader::loadWithLessonsOf(m_ws.database(), person);
}

Result<SchoolCalendar> CalendarUseCases::calendar() const
{
    CalendarRepository repo(m_ws.database());
    auto all = repo.yearDates({});
    if (!all)
        return all.error();
    auto bank = repo.bankHolidays();
    if (!bank)
        return bank.error();
    return SchoolCalendar(all->terms, all->closures, *bank);
}

Result<YearDates> CalendarUseCases::termDates(const QString &academicYear) const
{
    return CalendarRepository(m_ws.database()).yearDates(academicYear);
}

Result<QList<BankHoliday>> CalendarUseCases::bankHolidays() const
{
    return CalendarRepository(m_ws.database()).bankHolidays();
}

Result<SchoolDay> CalendarUseCases::schoolDay() const
{
    return SchoolDayRepository(m_ws.database()).schoolDay();
}

Result<Timetable> CalendarUseCases::timetable() const
{
    return TimetableRepository(m_ws.database()).timetable();
}

Status CalendarUseCases::validateYear(const QString &academicYear, const QList<Term> &terms,
                                      const QList<Closure> &closures)
{
    return CalendarRepository::validateYear(academicYear, terms, closures);
}

Result<ChangePtr> CalendarUseCases::setTermDates(const QString &year, const YearDates &dates) const
{
    if (auto s = validateYear(year, dates.terms, dates.closures); !s)
        return s.error();
    auto before = termDates(year);
    if (!before)
        return before.error();
    return StepChange::make(
        tr("Term dates for %1").arg(year), Topic::Calendar,
        [year, dates](Database &db) { return restoreYear(db, year, dates); },
        [year, old = *before](Database &db) { return restoreYear(db, year, old); });
}

Result<QStringList> CalendarUseCases::yearsToShow() const
{
    const QDate today = m_ws.today();
    QStringList years{Dates::academicYearLabel(today), Dates::academicYearLabel(today.addYears(1))};
    auto terms = CalendarRepository(m_ws.database()).terms();
    if (!terms)
        return terms.error();
    for (const Term &t : std::as_const(*terms)) {
        if (!years.contains(t.academicYear))
            years << t.academicYear;
    }
    auto inductions = InductionRepository(m_ws.database()).all();
    if (!inductions)
        return inductions.error();
    for (const Induction &i : std::as_const(*inductions)) {
        if (!i.start.isValid())
            continue;
        for (QDate d = Dates::academicYearStart(i.start); d < today; d = d.addYears(1)) {
            if (!years.contains(Dates::academicYearLabel(d)))
                years << Dates::academicYearLabel(d);
        }
    }
    std::sort(years.begin(), years.end());
    return years;
}

Result<TermDatesReading> CalendarUseCases::readIcs(const QString &path) const
{
    auto bank = bankHolidays();
    if (!bank)
        return bank.error();
    return TermDatesService::readIcs(path, *bank);
}

Result<QStringList> CalendarUseCases::yearsReplacedBy(const TermDatesReading &reading) const
{
    QStringList replaced;
    for (const CalendarYearDraft &y : reading.years) {
        auto dates = termDates(y.academicYear);
        if (!dates)
            return dates.error();
        if (!dates->terms.isEmpty())
            replaced << y.academicYear;
    }
    return replaced;
}

Result<ChangePtr> CalendarUseCases::importTermDates(const TermDatesReading &reading,
                                                    const QString &fileName) const
{
    QHash<QString, YearDates> previous;
    for (const CalendarYearDraft &y : reading.years) {
        auto dates = termDates(y.academicYear);
        if (!dates)
            return dates.error();
        previous.insert(y.academicYear, *dates);
    }
    return StepChange::make(
        tr("Import term dates from %1").arg(fileName), Topic::Calendar,
        [reading](Database &db) { return TermDatesService(db).save(reading); },
        [previous](Database &db) -> Status {
            for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
                if (auto s = restoreYear(db, it.key(), it.value()); !s)
                    return s;
            }
            return Status::success();
        });
}

Status CalendarUseCases::exportIcs(const QString &path, const QString &academicYear) const
{
    return TermDatesService(m_ws.database()).exportIcsTo(path, academicYear, m_ws.clock().now());
}

Result<ChangePtr> CalendarUseCases::setBankHolidays(const QList<BankHoliday> &holidays,
                                                    const QString &text) const
{
    if (holidays.isEmpty())
        return Error::invalid(tr("The list holds no bank holidays; the ones held are kept"));
    for (const BankHoliday &b : holidays) {
        if (!b.date.isValid())
            return Error::invalid(tr("A bank holiday (%1) has no valid date").arg(b.title));
    }
    auto before = CalendarRepository(m_ws.database()).storedBankHolidays();
    if (!before)
        return before.error();
    return StepChange::make(
        text.isEmpty() ? tr("Import bank holidays") : text, Topic::Calendar,
        [holidays](Database &db) { return CalendarRepository(db).setBankHolidays(holidays); },
        [old = *before](Database &db) { return CalendarRepository(db).setBankHolidays(old); });
}

Result<BankHolidaysReading> CalendarUseCases::readBankHolidays(const QString &path) const
{
    return BankHolidaysFile::read(path, m_ws.today());
}

Result<ChangePtr> CalendarUseCases::importBankHolidays(const BankHolidaysReading &reading,
                                                       const QString &fileName) const
{
    auto held = bankHolidays();
    if (!held)
        return held.error();
    return setBankHolidays(BankHolidaysFile::merged(*held, reading),
                           tr("Import bank holidays from %1").arg(fileName));
}

Result<QList<Period>> CalendarUseCases::readSchoolDay(const QString &path, QStringList *problems)
{
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    return SchoolDayCsv::parse(*table, problems);
}

Result<ChangePtr> CalendarUseCases::setSchoolDay(const QList<Period> &periods) const
{
    if (auto s = SchoolDay::validate(periods); !s)
        return s.error();
    auto old = schoolDay();
    if (!old)
        return old.error();
    return StepChange::make(
        tr("Import the school day"), Topic::Calendar | Topic::Timetables,
        [periods](Database &db) { return SchoolDayRepository(db).replacePeriods(periods); },
        [before = old->periods()](Database &db) {
            return SchoolDayRepository(db).replacePeriods(before);
        });
}

Result<ChangePtr> CalendarUseCases::setContractedTime(const QList<int> &weekdays,
                                                      const TimeWindow &window) const
{
    auto before = SchoolDayRepository(m_ws.database()).contractedTime();
    if (!before)
        return before.error();
    return StepChange::make(
        tr("Set contracted time"), Topic::Timetables,
        [weekdays, window](Database &db) {
            return SchoolDayRepository(db).setContractedTime(weekdays, window);
        },
        [old = *before](Database &db) {
            return SchoolDayRepository(db).restoreContractedTime(old);
        });
}

Result<TimetablePlan> CalendarUseCases::readTimetables(const QString &path,
                                                       const TimetableReadOptions &options) const
{
    return TimetableService(m_ws.database()).read(path, options);
}

Result<TimetablePlan> CalendarUseCases::matchTimetables(const TimetableFile &file,
                                                        const TimetableReadOptions &options) const
{
    return TimetableService(m_ws.database()).plan(file, options);
}

Result<ChangePtr> CalendarUseCases::importTimetables(const TimetablePlan &plan) const
{
    // Every teacher's timetable may be replaced: a large one is backed up first.
    if (auto backup = BackupUseCases(m_ws).beforeImport(plan.file.lessons.size()); !backup)
        return backup.error();
    auto before = timetable();
    if (!before)
        return before.error();
    auto day = schoolDay();
    if (!day)
        return day.error();
    auto matches = TeacherMatchRepository(m_ws.database()).matches(plan.file.source);
    if (!matches)
        return matches.error();
    const bool newDay = !plan.newSchoolDay.isEmpty();
    return StepChange::make(
        tr("Import timetables from %1").arg(plan.file.fileName),
        newDay ? Topics(Topic::Timetables | Topic::Calendar) : Topics(Topic::Timetables),
        [plan](Database &db) { return TimetableService(db).save(plan); },
        [entries = before->allEntries(), cycle = before->cycleWeeks(), periods = day->periods(),
         newDay, source = plan.file.source, held = *matches](Database &db) -> Status {
            if (auto s = TimetableRepository(db).restore(entries, cycle); !s)
                return s;
            if (newDay) {
                if (auto s = SchoolDayRepository(db).replacePeriods(periods); !s)
                    return s;
            }
            return TeacherMatchRepository(db).replace(source, held);
        });
}

std::shared_ptr<TimetableCellChange>
CalendarUseCases::setTimetableEntry(const TimetableEntry &before, const TimetableEntry &after) const
{
    return std::make_shared<TimetableCellChange>(before, after);
}

} // namespace idesk
