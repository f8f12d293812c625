#pragma once

#include "calendar/Term.h"

#include <QList>

namespace idesk {

// The term dates and closures of one academic year (or of every year held).
struct YearDates
{
    QList<Term> terms;
    QList<Closure> closures;
};

} // namespace idesk
