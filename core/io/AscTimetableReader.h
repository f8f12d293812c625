#pragma once

#include "io/TimetableFile.h"
#include "io/XmlTree.h"

namespace idesk {

// aSc Timetables' XML export ("aSc Timetables 2012 XML"): periods with
// their times, teachers, classes, subjects, lessons, and cards that place a
// lesson in a period on the days and weeks their patterns say ("00100" is
// Wednesday; weeks "10" is week A, "01" week B, "11" both; a ten-day
// pattern is a two-week cycle). A card without a period is not yet placed
// and is left out.
class AscTimetableReader
{
    Q_DECLARE_TR_FUNCTIONS(AscTimetableReader)
public:
    static Result<TimetableFile> read(const XmlNode &root, const QString &fileName);
};

} // namespace idesk
