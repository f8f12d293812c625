#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

class Database;

// The demo school's mentor development: the lead mentor oversees the two
// general mentors, who have rated themselves against the National Standards
// (one of them twice, so there is a history and a support plan to see), and
// the coaching meetings already held carry their action steps.
class DemoDevelopment
{
public:
    static Status populate(Database &db, QDate today);
};

} // namespace idesk
