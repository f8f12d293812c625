#pragma once

#include "util/DateRange.h"

#include <QString>

namespace idesk {

// A person away from school over some days; statutory family leave kinds do
// not count towards the 30-day extension.
struct Absence
{
    qint64 id = 0;
    qint64 personId = 0;
    DateRange period;
    QString kind; // "sickness", "training", "maternity", ...
};

} // namespace idesk
