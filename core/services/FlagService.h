#pragma once

#include "compliance/FlagEngine.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSet>

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
    // Replaces the sessions of `pairings` in `in`, which load(today, range)
    // read, with theirs as they are now, reading no others.
    Status rereadSessionsOf(FlagInput &in, const DateRange &range,
                            const QSet<qint64> &pairings) const;

private:
    static DateRange judgedWeeks(const DateRange &range);

    Database &m_db;
};

} // namespace idesk
