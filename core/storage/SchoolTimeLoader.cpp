#include "SchoolTimeLoader.h"

#include "storage/CalendarRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/TimetableRepository.h"

#include <functional>

namespace idesk::SchoolTimeLoader {

namespace {
Result<SchoolTime> loadWith(Database &db,
                            const std::function<Result<Timetable>(TimetableRepository &)> &lessons)
{
    CalendarRepository calendar(db);
    auto terms = calendar.terms();
    auto closures = calendar.closures();
    auto bank = calendar.bankHolidays();
    if (!terms)
        return terms.error();
    if (!closures)
        return closures.error();
    if (!bank)
        return bank.error();
    SchoolDayRepository days(db);
    auto day = days.schoolDay();
    auto contracted = days.contractedTime();
    auto patterns = days.workingPatterns();
    if (!day)
        return day.error();
    if (!contracted)
        return contracted.error();
    if (!patterns)
        return patterns.error();
    TimetableRepository timetables(db);
    const Result<Timetable> timetable = lessons(timetables);
    auto overrides = timetables.weekOverrides();
    if (!timetable)
        return timetable.error();
    if (!overrides)
        return overrides.error();
    return SchoolTime(SchoolCalendar(*terms, *closures, *bank), *day, *contracted, *patterns,
                      *timetable, *overrides);
}
} // namespace

Result<SchoolTime> load(Database &db, Lessons lessons)
{
    return loadWith(db, [lessons](TimetableRepository &t) -> Result<Timetable> {
        if (lessons == Lessons::Included)
            return t.timetable();
        auto cycle = t.cycleWeeks();
        if (!cycle)
            return cycle.error();
        return Timetable(*cycle, {});
    });
}

Result<SchoolTime> loadWithLessonsOf(Database &db, qint64 person)
{
    return loadWith(db, [person](TimetableRepository &t) { return t.timetableOf(person); });
}

} // namespace idesk::SchoolTimeLoader
