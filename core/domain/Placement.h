#pragma once

#include "util/DateRange.h"

#include <QString>

namespace idesk {

// A trainee's school placement on an ITT course.
struct Placement
{
    qint64 id = 0;
    qint64 personId = 0;
    QString provider;
    DateRange period;
};

} // namespace idesk
