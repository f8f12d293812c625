#pragma once

#include "calendar/Timetable.h"
#include "util/Place.h"

#include <QList>
#include <QStringList>
#include <QTime>

namespace idesk {

// A period of the day as an export names it: "P1", "9.30 - 11.00", "1".
struct FilePeriod
{
    QString name;
    QTime start; // null when the file gives no times
    QTime end;
    int number = 0; // "P3" -> 3; 0 when the name carries no number
    friend bool operator==(const FilePeriod &, const FilePeriod &) = default;
};

// A teacher as the export knows them: a code (initials, short name) and/or a
// full name. `key` is what identifies them within the file and is what a
// match made by hand is remembered by.
struct FileTeacher
{
    QString key;
    QString code;
    QString name;
    QString shown() const
    {
        return name.isEmpty()   ? code
               : code.isEmpty() ? name
                                : name + QStringLiteral(" (") + code + QLatin1Char(')');
    }
};

// One teacher's activity in one period of the cycle.
struct FileLesson
{
    int teacher = 0; // index into TimetableFile::teachers
    int week = -1;   // 0 = week A, 1 = week B, -1 = every week of the cycle
    int weekday = 1; // 1 = Monday
    int period = 0;  // index into TimetableFile::periods
    Activity activity = Activity::Teaching;
    QString label; // the class (or subject) taught
    Place place;   // where the file says so
};

// A timetable export as read, before it is matched to the school: what
// every reader (FET, aSc, grids, our own CSV) turns its file into.
struct TimetableFile
{
    QString fileName;
    QString format; // "fet", "asc", "grid", "inductiondesk"
    QString source; // remembered matches are kept per source: format and school
    int cycleWeeks = 1;
    // In the order of the day, unless `runningNumbers`: then "1" to "50"
    // count periods over the whole cycle and are placed by the school day.
    QList<FilePeriod> periods;
    QList<FileTeacher> teachers;
    QList<FileLesson> lessons;
    QStringList notes; // what was read but not used, and why
    bool runningNumbers = false;
};

} // namespace idesk
