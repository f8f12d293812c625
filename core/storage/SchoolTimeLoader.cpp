#include "SchoolTimeLoader.h"

#include "storage/CalendarRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/TimetableRepository.h"

namespace idesk::SchoolTimeLoader {

Result<SchoolTime> load(Database &db, Lessons lessons)
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
    Result<Timetable> timetable = Timetable();
    if (lessons == Lessons::Included) {
        timetable = timetables.timetable();
    } else if (auto cycle = timetables.cycleWeeks(); cycle) {
        timetable = Timetable(*cycle, {});
    } else {
        return cycle.error();
    }
    auto overrides = timetables.weekOverrides();
    if (!timetable)
        return timetable.error();
    if (!overrides)
        return overrides.error();
    return SchoolTime(SchoolCalendar(*terms, *closures, *bank), *day, *contracted, *patterns,
                      *timetable, *overrides);
}

} // namespace idesk::SchoolTimeLoader
