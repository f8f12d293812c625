#pragma once

#include "calendar/SchoolTime.h"
#include "storage/Database.h"

namespace idesk::SchoolTimeLoader {

// Reads the calendar, school day, contracted time, working patterns and
// timetables into one SchoolTime.
Result<SchoolTime> load(Database &db);

} // namespace idesk::SchoolTimeLoader
