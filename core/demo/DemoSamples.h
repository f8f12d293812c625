#pragma once

#include "util/Result.h"

#include "util/Clock.h"
#include <QCoreApplication>

#include <QStringList>

namespace idesk {

class Database;

// Files to try the imports on, made from the demo school itself: next
// term's staff list as SIMS exports it (a new starter, a changed email, a
// promotion, a leaver missing), the term dates as iCalendar, two timetables
// as InductionDesk's CSV, and everyone's timetable as FET, aSc Timetables
// and an MIS grid export them (DemoTimetableExports).
class DemoSamples
{
    Q_DECLARE_TR_FUNCTIONS(DemoSamples)
public:
    // Writes into `folder` (created if needed); returns the files written.
    static Result<QStringList> write(Database &db, const QString &folder,
                                     const Clock &clock = Clock::system());
};

} // namespace idesk
