#pragma once

#include "reporting/StandardsSummary.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace idesk {

class StandardsSummaryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StandardsSummaryBuilder)
public:
    static Result<StandardsSummary> build(Database &db, qint64 mentorId, const Clock &clock);
};

} // namespace idesk
