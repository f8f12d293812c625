#pragma once

#include "calendar/SchoolDay.h"
#include "io/TimetableCsv.h"
#include "io/TimetableFile.h"

#include <QHash>

namespace idesk {

// How the file's teachers are matched to staff: by staff code and then by
// name (the default), or by one of the two only.
enum class MatchBy
{
    CodeThenName,
    Code,
    Name
};

// How to read and match a timetable export.
struct TimetableReadOptions
{
    QString format; // "auto" (or empty), "inductiondesk", "fet", "asc", "grid"
    MatchBy by = MatchBy::CodeThenName;
    QHash<QString, qint64> byHand; // file teacher key -> person (0: leave out)
};

// One teacher of the file and who they are in the school.
struct TeacherMatch
{
    enum class How
    {
        Code,
        Name,
        Remembered, // matched by hand at an earlier import from the same source
        ByHand,
        Unmatched
    };
    QString key;   // the file's teacher, as remembered
    QString shown; // "Jane Smith (JSM)"
    How how = How::Unmatched;
    qint64 personId = 0;
    QString personName;
    qint64 suggestionId = 0; // the closest member of staff, when unmatched
    QString suggestion;
    int lessons = 0; // teaching periods over the cycle
};

// A period of the file and the school day's period it is.
struct PeriodMatch
{
    QString fileName;
    QString schoolName;
    qint64 periodId = 0;
};

// Everything an import would do, worked out before anything is saved: what
// the preview shows, what the CLI's dry run reports and what the import
// saves.
struct TimetablePlan
{
    TimetableFile file;
    QList<TeacherMatch> teachers;
    QList<PeriodMatch> periods;
    // When the school had no school day: the one made from the file (its
    // periods' ids are provisional, 1 to n, until saved).
    QList<Period> newSchoolDay;
    SchoolDay day; // the school day the entries refer to (new or held)
    TimetableImport import;
    int changedPeople = -1; // whose timetable the import changes; -1 when not yet compared

    int matchedCount() const;
    // Saving would change nothing: no timetable differs, no school day is
    // made, and no teacher was matched by hand (to remember).
    bool changesNothing() const;
    QList<TeacherMatch> unmatched() const;
};

} // namespace idesk
