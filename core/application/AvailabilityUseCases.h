#pragma once

#include "application/Change.h"
#include "domain/Absence.h"
#include "domain/BlockedTime.h"

#include <QCoreApplication>

namespace idesk {

class Workspace;

// When people are away (absences) or cannot be booked (blocked times: a
// provider's conference, a clinic, a trip). The scheduler plans around both.
class AvailabilityUseCases
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityUseCases)
public:
    explicit AvailabilityUseCases(Workspace &workspace)
        : m_ws(workspace)
    {}

    Result<QList<Absence>> absences() const;
    Result<QList<BlockedTime>> blockedTimes() const;

    Result<ChangePtr> addAbsence(const Absence &absence) const;
    Result<ChangePtr> block(const BlockedTime &blocked) const;
    Result<ChangePtr> unblock(const BlockedTime &blocked) const;

private:
    Workspace &m_ws;
};

} // namespace idesk
