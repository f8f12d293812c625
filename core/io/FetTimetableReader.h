#pragma once

#include "io/TimetableFile.h"
#include "io/XmlTree.h"

namespace idesk {

// FET's timetables: the teachers timetable it exports (`*_teachers.xml`:
// teacher, day, hour, activity, subject, students, room), and a `.fet` file
// that holds a generated timetable (FET saves one as
// `*_data_and_timetable.fet`: each activity locked to its day and hour).
// Two-week timetables are FET days named for their week ("Monday A",
// "MonB", "Mon2") or ten days in order; hours named by their times
// ("9.30 - 11.00") give the school day its times. A teacher FET may not
// place in an hour (`ConstraintTeacherNotAvailableTimes`) is not working.
class FetTimetableReader
{
    Q_DECLARE_TR_FUNCTIONS(FetTimetableReader)
public:
    static Result<TimetableFile> read(const XmlNode &root, const QString &fileName);
};

} // namespace idesk
