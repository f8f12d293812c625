#pragma once

#include "util/Result.h"

#include "util/Clock.h"
#include <QCoreApplication>

namespace idesk {

class Database;

// A realistic fictional school, dated relative to the clock's academic year so
// the demo always shows a current induction year rather than a stale one.
class DemoSchool
{
    Q_DECLARE_TR_FUNCTIONS(DemoSchool)
public:
    // Refuses a database that already holds people.
    static Status populate(Database &db, const Clock &clock = Clock::system());
};

} // namespace idesk
