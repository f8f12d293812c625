#include "PlacementService.h"

#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleRepository.h"
#include "util/Dates.h"

namespace idesk {

Result<qint64> PlacementService::add(const Placement &placement)
{
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
        return role ? Status::success() : Status(role.error());
    });
    if (!s)
        return s.error();
    return id;
}

} // namespace idesk
