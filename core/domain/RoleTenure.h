#pragma once

#include "Role.h"
#include "util/DateRange.h"

#include <QtGlobal>

namespace idesk {

// A role held by a person over a period; the history is kept, never overwritten.
struct RoleTenure
{
    qint64 id = 0;
    qint64 personId = 0;
    Role role = Role::Ect;
    DateRange period;
};

} // namespace idesk
