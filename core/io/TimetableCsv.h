#pragma once

#include "calendar/Timetable.h"

#include <QList>

#include <optional>

namespace idesk {

struct TimetableImport
{
    QList<TimetableEntry> entries;
    int cycleWeeks = 1;
    int people = 0;
};

// The words of InductionDesk's own timetable CSV (Staff Code, Week, Day,
// Period, Activity[, Class]): its activities and weeks, also what grids from
// other systems are read with (GridTimetableReader reads the file).
class TimetableCsv
{
public:
    // "Teaching", "lesson", "PPA", "Non-contact", "NC", "Free", "Not working", "off"...
    static std::optional<Activity> parseActivity(const QString &text);
    // "A", "B", "1", "2", "Week A"; -1 for blank (every week); nullopt when unreadable.
    static std::optional<int> parseWeek(const QString &text);
};

} // namespace idesk
