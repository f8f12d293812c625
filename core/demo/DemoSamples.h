#pragma once

#include "util/Result.h"

#include "util/Clock.h"
#include <QCoreApplication>

#include <QStringList>

namespace idesk {

class Database;

// Files to try the imports on, made from the demo school itself: next
// term's staff list as SIMS exports it (a new starter, a changed email, a
// promotion, a leaver missing), the term dates as iCalendar, and two
// timetables as CSV.
class DemoSamples
{
    Q_DECLARE_TR_FUNCTIONS(DemoSamples)
public:
    // Writes into `folder` (created if needed); returns the files written.
    static Result<QStringList> write(Database &db, const QString &folder,
                                     const Clock &clock = Clock::system());
};

} // namespace idesk
