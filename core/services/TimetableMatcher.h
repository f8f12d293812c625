#pragma once

#include "domain/Person.h"
#include "services/TimetablePlan.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

// Fits a timetable export to the school: its teachers to staff (by staff
// code, then by name; matches made by hand and remembered for the source
// come first), its periods to the school day's (by time, then by name or
// number), or a school day made from the file's times when there is none
// (breaks and lunch from the gaps), and its lessons to timetable entries.
class TimetableMatcher
{
    Q_DECLARE_TR_FUNCTIONS(TimetableMatcher)
public:
    struct Options
    {
        MatchBy by = MatchBy::CodeThenName;
        QHash<QString, qint64> remembered; // file teacher key -> person
        QHash<QString, qint64> byHand;     // this time's choices (0: leave unmatched)
    };

    static Result<TimetablePlan> plan(const TimetableFile &file, const QList<Person> &staff,
                                      const SchoolDay &day, const Options &options);
    // The school day a file's timed periods make: lessons (and registration)
    // as named, breaks and lunch in the gaps.
    static Result<QList<Period>> schoolDayFrom(const TimetableFile &file);
    // "Mr J. Smith" -> "mr j smith": names compared without case or stops.
    static QString normalName(const QString &name);
};

} // namespace idesk
