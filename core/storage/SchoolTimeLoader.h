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

} // namespace idesk::SchoolTimeLoader
