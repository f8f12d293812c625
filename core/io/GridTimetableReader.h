#pragma once

#include "io/CsvTable.h"
#include "io/TimetableFile.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

// Timetables as MIS report writers and spreadsheets lay them out, CSV or
// XLSX, under any title rows:
//  - long: one row per teacher and period (a Period column such as
//    "MonA:1", or Day and Period columns, with an optional Week), the class
//    or subject in its own column;
//  - wide: one row per teacher (or per teacher and day) with a column per
//    period, headed "Mon:1", "MonA:1", "1Mon:1", "Mon 1", "Monday P1", by a
//    number running over the cycle ("1" to "50"), or by a time range
//    ("09:30 - 11:00"); a day named above its periods in the row over the
//    header is carried across.
// A slot's class or subject code is teaching; free, PPA, non-contact, duty,
// meeting, not-working words and blanks are what they say (SlotContent).
class GridTimetableReader
{
    Q_DECLARE_TR_FUNCTIONS(GridTimetableReader)
public:
    static Result<TimetableFile> read(CsvTable table);
};

} // namespace idesk
