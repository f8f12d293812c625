#pragma once

#include "scheduling/SchedulingInput.h"
#include "storage/Database.h"

namespace idesk {

// When people are away (absences) or cannot be booked (blocked times).
class AvailabilityRepository
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityRepository)
public:
    explicit AvailabilityRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<Absence>> absences() const;
    Result<qint64> addAbsence(const Absence &absence);
    Status removeAbsence(qint64 id);
    Result<QList<BlockedTime>> blockedTimes() const;
    Result<qint64> addBlockedTime(const BlockedTime &blocked);
    Status removeBlockedTime(qint64 id);

private:
    Database &m_db;
};

} // namespace idesk
