#pragma once

#include "calendar/SchoolDay.h"
#include "calendar/Timetable.h"
#include "io/CsvTable.h"

#include <QCoreApplication>
#include <QHash>

namespace idesk {

struct TimetableImport
{
    QList<TimetableEntry> entries;
    int cycleWeeks = 1;
    int people = 0;
};

// Timetables from CSV: Staff Code, Week, Day, Period, Activity and an optional
// Class. Week is A or B (1 or 2); blank means every week of the cycle. The
// cycle is two weeks when any row names week B. Every problem names the
// file, row and column; any problem refuses the whole file.
class TimetableCsv
{
    Q_DECLARE_TR_FUNCTIONS(TimetableCsv)
public:
    // `staffCodes` maps an upper-case staff code to the person's id.
    static Result<TimetableImport> parse(const CsvTable &table, const SchoolDay &day,
                                         const QHash<QString, qint64> &staffCodes,
                                         QStringList *problems);
    // "Teaching", "lesson", "PPA", "Non-contact", "NC", "Free", "Not working", "off"...
    static std::optional<Activity> parseActivity(const QString &text);
    // "A", "B", "1", "2", "Week A"; -1 for blank (every week); nullopt when unreadable.
    static std::optional<int> parseWeek(const QString &text);
};

} // namespace idesk
