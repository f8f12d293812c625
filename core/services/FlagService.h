#pragma once

#include "compliance/FlagEngine.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

class Database;

// Gathers what the flag engine reads and runs it.
class FlagService
{
    Q_DECLARE_TR_FUNCTIONS(FlagService)
public:
    explicit FlagService(Database &db)
        : m_db(db)
    {}

    // Everything the flags read; sessions only for `range` (and the weeks
    // next to it), or all of them when it is not given.
    Result<FlagInput> load(QDate today, const DateRange &range = {}) const;
    Result<QList<Flag>> flags(const DateRange &range, QDate today) const;

private:
    Database &m_db;
};

} // namespace idesk
