#include "PersonEdits.h"

#include "services/PlacementService.h"
#include "storage/InductionRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleRepository.h"

namespace idesk {

Status PersonEdit::apply(Database &db)
{
    return db.write([&]() -> Status {
        if (auto s = PersonRepository(db).update(after); !s)
            return s;
        RoleRepository roles(db);
        for (auto &e : ended) {
            if (auto s = roles.setEnd(e.tenureId, e.newTo); !s)
                return s;
        }
        for (auto &t : added) {
            t.personId = after.id;
            auto id = roles.add(t);
            if (!id)
                return id.error();
            t.id = *id;
        }
        return Status::success();
    });
}

Status PersonEdit::revert(Database &db)
{
    return db.write([&]() -> Status {
        RoleRepository roles(db);
        for (const auto &t : added) {
            if (auto s = roles.remove(t.id); !s)
                return s;
        }
        for (const auto &e : ended) {
            if (auto s = roles.setEnd(e.tenureId, e.oldTo); !s)
                return s;
        }
        return PersonRepository(db).update(before);
    });
}

namespace {
// What adding an ECT and adding a trainee share: a new person is stored first;
// undo removes that person (their record goes with them), or, for someone
// already on the staff list, only the record and the role the addition made.
Status addMentee(Database &db, bool newPerson, Person &person,
                 const std::function<Status()> &addRecord)
{
    return db.write([&]() -> Status {
        if (newPerson) {
            auto id = PersonRepository(db).insert(person);
            if (!id)
                return id.error();
            person.id = *id;
        }
        return addRecord();
    });
}

Status removeMentee(Database &db, bool newPerson, qint64 personId, qint64 addedRoleId,
                    const std::function<Status()> &removeRecord)
{
    return db.write([&]() -> Status {
        if (newPerson)
            return PersonRepository(db).remove(personId);
        if (auto s = removeRecord(); !s)
            return s;
        return addedRoleId > 0 ? RoleRepository(db).remove(addedRoleId) : Status::success();
    });
}
} // namespace

Status NewEct::apply(Database &db)
{
    return addMentee(db, newPerson, person, [&]() -> Status {
        induction.personId = person.id;
        auto id = InductionService(db).start(induction, &addedRoleId);
        if (!id)
            return id.error();
        inductionId = *id;
        return Status::success();
    });
}

Status NewEct::revert(Database &db)
{
    return removeMentee(db, newPerson, person.id, addedRoleId,
                        [&] { return InductionRepository(db).remove(inductionId); });
}

Status NewTrainee::apply(Database &db)
{
    return addMentee(db, newPerson, person, [&]() -> Status {
        placement.personId = person.id;
        auto id = PlacementService(db).add(placement, &addedRoleId);
        if (!id)
            return id.error();
        placement.id = *id;
        return Status::success();
    });
}

Status NewTrainee::revert(Database &db)
{
    return removeMentee(db, newPerson, person.id, addedRoleId,
                        [&] { return PlacementRepository(db).remove(placement.id); });
}

} // namespace idesk
