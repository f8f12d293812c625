#pragma once

#include "calendar/SchoolTime.h"
#include "storage/Database.h"

namespace idesk::SchoolTimeLoader {

enum class Lessons
{
    Included, // everyone's timetable: what the scheduler needs
    Left      // only the cycle (week A/B): enough to judge what was due
};

// Reads the calendar, school day, contracted time, working patterns and
// timetables into one SchoolTime.
Result<SchoolTime> load(Database &db, Lessons lessons = Lessons::Included);
// The same with only one person's lessons (none when `person` is 0): what a
// page showing one timetable needs, without reading a trust's thousands.
Result<SchoolTime> loadWithLessonsOf(Database &db, qint64 person);

} // namespace idesk::SchoolTimeLoader
