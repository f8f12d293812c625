#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

class Database;

// The demo school's mentoring this term: planned by the scheduler, the weeks
// already gone logged as held, with one session cancelled and one missed, as
// a real term would have them.
class DemoSessions
{
public:
    static Status populate(Database &db, QDate today);
};

} // namespace idesk
