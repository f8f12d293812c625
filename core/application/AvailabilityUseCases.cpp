#include "AvailabilityUseCases.h"

#include "application/StepChange.h"
#include "application/Workspace.h"
#include "storage/AvailabilityRepository.h"
#include "util/Dates.h"

#include <memory>

namespace idesk {

Result<QList<Absence>> AvailabilityUseCases::absences() const
{
    return AvailabilityRepository(m_ws.database()).absences();
}

Result<QList<BlockedTime>> AvailabilityUseCases::blockedTimes() const
{
    return AvailabilityRepository(m_ws.database()).blockedTimes();
}

Result<ChangePtr> AvailabilityUseCases::addAbsence(const Absence &absence) const
{
    auto id = std::make_shared<qint64>(0);
    return StepChange::make(
        tr("Record an absence"), Topic::Availability,
        [absence, id](Database &db) {
            return keepId(AvailabilityRepository(db).addAbsence(absence), *id);
        },
        [id](Database &db) { return AvailabilityRepository(db).removeAbsence(*id); });
}

Result<ChangePtr> AvailabilityUseCases::block(const BlockedTime &blocked) const
{
    auto id = std::make_shared<qint64>(0);
    return StepChange::make(
        tr("Block %1").arg(Dates::uk(blocked.day)), Topic::Availability,
        [blocked, id](Database &db) {
            return keepId(AvailabilityRepository(db).addBlockedTime(blocked), *id);
        },
        [id](Database &db) { return AvailabilityRepository(db).removeBlockedTime(*id); });
}

Result<ChangePtr> AvailabilityUseCases::unblock(const BlockedTime &blocked) const
{
    auto id = std::make_shared<qint64>(blocked.id);
    return StepChange::make(
        tr("Unblock %1").arg(Dates::uk(blocked.day)), Topic::Availability,
        [id](Database &db) { return AvailabilityRepository(db).removeBlockedTime(*id); },
        [blocked, id](Database &db) {
            return keepId(AvailabilityRepository(db).addBlockedTime(blocked), *id);
        });
}

} // namespace idesk
