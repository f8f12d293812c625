#include "PlacementService.h"

#include "storage/Database.h"

#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleRepository.h"
#include "util/Dates.h"

namespace idesk {

Result<qint64> PlacementService::add(const Placement &placement, qint64 *addedRoleId)
{
    if (addedRoleId)
        *addedRoleId = 0;
    auto person = PersonRepository(m_db).byId(placement.personId);
    if (!person)
        return person.error();
    Result<qint64> id = Error::storage({});
    const Status s = m_db.write([&]() -> Status {
        id = PlacementRepository(m_db).insert(placement);
        if (!id)
            return id.error();
        RoleRepository roles(m_db);
        auto tenures = roles.forPerson(placement.personId);
        if (!tenures)
            return tenures.error();
        for (const auto &t : *tenures) {
            if (t.role == Role::Trainee && t.period.overlaps(placement.period))
                return Status::success();
        }
        auto role = roles.add({0, placement.personId, Role::Trainee, placement.period});
        if (!role)
            return role.error();
        if (addedRoleId)
            *addedRoleId = *role;
        return Status::success();
    });
    if (!s)
        return s.error();
    return id;
}

} // namespace idesk
