#include "PeopleUseCases.h"

#include "application/CalendarUseCases.h"

#include "application/StepChange.h"
#include "application/Workspace.h"
#include "services/InductionService.h"
#include "services/PersonResolver.h"
#include "services/PlacementService.h"
#include "storage/InductionRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SchoolDayRepository.h"
#include "util/Dates.h"

#include <memory>

namespace idesk {

Result<QList<Person>> PeopleUseCases::all() const
{
    return PersonRepository(m_ws.database()).all();
}

Result<Person> PeopleUseCases::person(qint64 id) const
{
    return PersonRepository(m_ws.database()).byId(id);
}

Result<Person> PeopleUseCases::resolve(const QString &ref) const
{
    return PersonResolver(m_ws.database()).resolve(ref);
}

Result<int> PeopleUseCases::count() const
{
    return PersonRepository(m_ws.database()).count();
}

Result<QHash<qint64, QString>> PeopleUseCases::displayNames() const
{
    return PersonRepository(m_ws.database()).displayNames();
}

Result<QHash<qint64, QList<Role>>> PeopleUseCases::rolesHeldOn(QDate day) const
{
    return RoleRepository(m_ws.database()).heldOn(day);
}

Result<QList<RoleTenure>> PeopleUseCases::rolesOf(qint64 personId) const
{
    return RoleRepository(m_ws.database()).forPerson(personId);
}

Result<std::optional<Person>> PeopleUseCases::withStaffCode(const QString &code) const
{
    return PersonRepository(m_ws.database()).byStaffCode(code);
}

Result<std::optional<Person>> PeopleUseCases::withTrn(const QString &trn) const
{
    return PersonRepository(m_ws.database()).byTrn(trn);
}

// The value edits keep the ids they make, so they are shared with the steps.
Result<ChangePtr> PeopleUseCases::edit(const PersonEdit &edit) const
{
    auto value = std::make_shared<PersonEdit>(edit);
    return StepChange::make(
        tr("Edit %1").arg(edit.after.displayName()), Topic::People,
        [value](Database &db) { return value->apply(db); },
        [value](Database &db) { return value->revert(db); });
}

Result<ChangePtr> PeopleUseCases::addEct(const NewEct &ect) const
{
    auto value = std::make_shared<NewEct>(ect);
    return StepChange::make(
        tr("Add ECT %1").arg(ect.person.displayName()), Topic::People,
        [value](Database &db) { return value->apply(db); },
        [value](Database &db) { return value->revert(db); });
}

Result<ChangePtr> PeopleUseCases::addTrainee(const NewTrainee &trainee) const
{
    auto value = std::make_shared<NewTrainee>(trainee);
    return StepChange::make(
        tr("Add trainee %1").arg(trainee.person.displayName()), Topic::People,
        [value](Database &db) { return value->apply(db); },
        [value](Database &db) { return value->revert(db); });
}

Result<ChangePtr> PeopleUseCases::addRole(qint64 personId, Role role, const DateRange &held) const
{
    auto id = std::make_shared<qint64>(0);
    const RoleTenure tenure{0, personId, role, held};
    return StepChange::make(
        tr("Add the role %1").arg(Roles::displayName(role)), Topic::People,
        [tenure, id](Database &db) { return keepId(RoleRepository(db).add(tenure), *id); },
        [id](Database &db) { return RoleRepository(db).remove(*id); }, id);
}

Result<ChangePtr> PeopleUseCases::endRole(qint64 personId, Role role, QDate to) const
{
    auto before = rolesOf(personId);
    if (!before)
        return before.error();
    return StepChange::make(
        tr("End the role %1 on %2").arg(Roles::displayName(role), Dates::uk(to)), Topic::People,
        [personId, role, to](Database &db) { return RoleRepository(db).end(personId, role, to); },
        [tenures = *before](Database &db) -> Status {
            RoleRepository roles(db);
            for (const RoleTenure &t : tenures) {
                if (auto s = roles.setEnd(t.id, t.period.to); !s)
                    return s;
            }
            return Status::success();
        });
}

Result<InductionProgress> PeopleUseCases::inductionProgress(qint64 personId, QDate day) const
{
    auto inductions = InductionRepository(m_ws.database()).forPerson(personId);
    if (!inductions)
        return inductions.error();
    if (inductions->isEmpty())
        return Error::notFound(tr("This person has no induction"));
    auto calendar = CalendarUseCases(m_ws).calendar();
    if (!calendar)
        return calendar.error();
    InductionProgress p;
    p.induction = inductions->last(); // the latest, when one was begun again
    p.on = day;
    p.credits = InductionYear::credits(p.induction, *calendar, day);
    p.served = InductionYear::termsServed(p.induction, *calendar, day);
    p.year = InductionYear::yearOn(p.induction, *calendar, day, p.induction.termsRequired);
    return p;
}

Result<ChangePtr> PeopleUseCases::startInduction(const InductionRequest &request) const
{
    struct Made
    {
        qint64 inductionId = 0;
        qint64 roleId = 0;
    };
    auto made = std::make_shared<Made>();
    return StepChange::make(
        tr("Start an induction"), Topic::People,
        [request, made](Database &db) -> Status {
            auto id = InductionService(db).start(request, &made->roleId);
            return keepId(id, made->inductionId);
        },
        [made](Database &db) -> Status {
            if (auto s = InductionRepository(db).remove(made->inductionId); !s)
                return s;
            return made->roleId > 0 ? RoleRepository(db).remove(made->roleId) : Status::success();
        },
        std::shared_ptr<const qint64>(made, &made->inductionId));
}

Result<ChangePtr> PeopleUseCases::changeInductionStatus(qint64 personId, InductionStatus to,
                                                        QDate from, const QString &reason) const
{
    auto id = std::make_shared<qint64>(0);
    return StepChange::make(
        tr("The induction becomes %1").arg(Induction::statusName(to).toLower()), Topic::People,
        [personId, to, from, reason, id](Database &db) {
            return keepId(InductionService(db).changeStatus(personId, to, from, reason), *id);
        },
        [id](Database &db) { return InductionRepository(db).removeStatusChange(*id); }, id);
}

Result<ChangePtr> PeopleUseCases::addPlacement(const Placement &placement) const
{
    struct Made
    {
        qint64 placementId = 0;
        qint64 roleId = 0;
    };
    auto made = std::make_shared<Made>();
    return StepChange::make(
        tr("Add a placement"), Topic::People,
        [placement, made](Database &db) {
            return keepId(PlacementService(db).add(placement, &made->roleId), made->placementId);
        },
        [made](Database &db) -> Status {
            if (auto s = PlacementRepository(db).remove(made->placementId); !s)
                return s;
            return made->roleId > 0 ? RoleRepository(db).remove(made->roleId) : Status::success();
        },
        std::shared_ptr<const qint64>(made, &made->placementId));
}

Result<ChangePtr> PeopleUseCases::setWorkingPattern(qint64 personId,
                                                    const WorkSchedule &pattern) const
{
    auto patterns = SchoolDayRepository(m_ws.database()).workingPatterns();
    if (!patterns)
        return patterns.error();
    const std::optional<WorkSchedule> before =
        patterns->contains(personId) ? std::optional(patterns->value(personId)) : std::nullopt;
    return StepChange::make(
        tr("Change a working pattern"), Topic::Timetables,
        [personId, pattern](Database &db) {
            return SchoolDayRepository(db).setWorkingPattern(personId, pattern);
        },
        [personId, before](Database &db) {
            SchoolDayRepository repo(db);
            return before ? repo.setWorkingPattern(personId, *before)
                          : repo.clearWorkingPattern(personId);
        });
}

} // namespace idesk
