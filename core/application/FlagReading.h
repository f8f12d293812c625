#pragma once

#include "compliance/Flag.h"
#include "util/DateRange.h"

#include <QList>

#include <memory>

namespace idesk {

struct FlagInput;

// The flags of a range as of a day, with what they were worked out from, so
// that after an edit of some pairings' sessions ReportUseCases::reread works
// out only what those sessions decide instead of reading a trust's history
// again. A value: copies share the input, which is never changed once made.
struct FlagReading
{
    DateRange range;
    QDate today;
    QList<Flag> flags;
    std::shared_ptr<const FlagInput> input;
};

} // namespace idesk
