#include "InductionService.h"

#include "storage/Database.h"

#include "policy/RuleSetRegistry.h"
#include "storage/AssignmentRepository.h"
#include "storage/InductionRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SchoolRepository.h"
#include "util/Dates.h"

namespace idesk {

Result<qint64> InductionService::start(const InductionRequest &r, qint64 *addedRoleId)
{
    if (addedRoleId)
        *addedRoleId = 0;
    auto person = PersonRepository(m_db).byId(r.personId);
    if (!person)
        return person.error();
    if (!r.start.isValid())
        return Error::invalid(tr("An induction needs a start date"));
    if (!person->employedOn(r.start))
        return Error::refused(tr("%1 is not employed at the school on %2")
                                  .arg(person->displayName(), Dates::uk(r.start)));
    if (!person->hasQtsOn(r.start))
        return Error::refused(tr("%1 must hold QTS on %2 to start statutory induction; record "
                                 "their QTS first")
                                  .arg(person->displayName(), Dates::uk(r.start)));
    if (r.fte <= 0.0 || r.fte > 1.0)
        return Error::invalid(tr("FTE must be more than 0 and at most 1 (it is %1)").arg(r.fte));

    const RuleSetRegistry registry = SchoolRepository(m_db).ruleSets();
    const RuleSet &rules = registry.forDate(r.start);
    Induction induction;
    induction.personId = r.personId;
    induction.start = r.start;
    induction.fte = r.fte;
    induction.appropriateBody = r.appropriateBody.trimmed();
    if (r.route) {
        if (!rules.programmeRoutes.contains(Induction::routeKey(*r.route)))
            return Error::refused(tr("The %1 route is not available for inductions starting in "
                                     "%2 (available: %3)")
                                      .arg(Induction::routeKey(*r.route), rules.academicYear,
                                           rules.programmeRoutes.join(QStringLiteral(", "))));
        induction.route = *r.route;
    } else {
        induction.route = Induction::routeFromKey(rules.programmeRoutes.value(0))
                              .value_or(ProgrammeRoute::ProviderLed);
    }
    induction.legacy =
        rules.legacyInductionBefore.isValid() && r.start < rules.legacyInductionBefore;
    induction.termsRequired = induction.legacy ? rules.legacyTermsTotal : rules.inductionTermsFte;
    if (r.priorTerms < 0 || r.priorTerms >= induction.termsRequired)
        return Error::invalid(
            tr("Terms already served must be from 0 to less than %1").arg(induction.termsRequired));
    induction.priorTerms = r.priorTerms;
    if (r.reducedTo) {
        if (*r.reducedTo < rules.inductionMinimumTerms || *r.reducedTo > induction.termsRequired)
            return Error::invalid(tr("A reduced induction must be from %1 to %2 terms")
                                      .arg(rules.inductionMinimumTerms)
                                      .arg(induction.termsRequired));
        induction.termsRequired = *r.reducedTo;
    }

    InductionRepository inductions(m_db);
    auto existing = inductions.forPerson(r.personId);
    if (!existing)
        return existing.error();
    for (const auto &i : *existing) {
        const auto status = i.statusOn(r.start);
        if (status == InductionStatus::Active || status == InductionStatus::Paused)
            return Error::refused(tr("%1 already has an induction that started on %2; pause, "
                                     "withdraw or complete it first")
                                      .arg(person->displayName(), Dates::uk(i.start)));
    }

    Result<qint64> id = Error::storage({});
    const Status s = m_db.write([&]() -> Status {
        id = inductions.insert(induction);
        if (!id)
            return id.error();
        RoleRepository roles(m_db);
        auto holds = roles.holds(r.personId, Role::Ect, r.start);
        if (!holds)
            return holds.error();
        if (!*holds) {
            auto role = roles.add({0, r.personId, Role::Ect, {r.start, {}}});
            if (!role)
                return role.error();
            if (addedRoleId)
                *addedRoleId = *role;
        }
        return Status::success();
    });
    if (!s)
        return s.error();
    return id;
}

Result<Induction> InductionService::current(qint64 personId) const
{
    auto list = InductionRepository(m_db).forPerson(personId);
    if (!list)
        return list.error();
    for (auto it = list->crbegin(); it != list->crend(); ++it) {
        const auto last =
            it->history.isEmpty() ? InductionStatus::Active : it->history.last().status;
        if (last == InductionStatus::Active || last == InductionStatus::Paused)
            return *it;
    }
    return Error::notFound(tr("This person has no induction in progress"));
}

Result<qint64> InductionService::changeStatus(qint64 personId, InductionStatus to, QDate from,
                                              const QString &reason)
{
    auto induction = current(personId);
    if (!induction)
        return induction.error();
    if (!from.isValid())
        return Error::invalid(tr("A status change needs a date"));
    const InductionStatusChange &last = induction->history.last();
    if (from < last.from)
        return Error::refused(
            tr("The induction has been %1 since %2; a change must not be "
               "dated before that")
                .arg(Induction::statusName(last.status).toLower(), Dates::uk(last.from)));
    const InductionStatus now = last.status;
    const bool allowed = (to == InductionStatus::Paused && now == InductionStatus::Active) ||
                         (to == InductionStatus::Active && now == InductionStatus::Paused) ||
                         (to == InductionStatus::Withdrawn) ||
                         (to == InductionStatus::Completed && now == InductionStatus::Active);
    if (!allowed)
        return Error::refused(
            tr("An induction that is %1 cannot become %2")
                .arg(Induction::statusName(now).toLower(), Induction::statusName(to).toLower()));

    InductionStatusChange change;
    change.status = to;
    change.from = from;
    const QString r = reason.trimmed();
    const QStringList keys = to == InductionStatus::Paused      ? Induction::pauseReasons()
                             : to == InductionStatus::Withdrawn ? Induction::withdrawalReasons()
                                                                : QStringList();
    if (keys.contains(r.toLower())) {
        change.reasonCode = r.toLower();
    } else if (!r.isEmpty()) {
        change.reasonCode = keys.isEmpty() ? QString() : QStringLiteral("other");
        change.reasonText = r;
    }

    Result<qint64> id = Error::storage({});
    const Status s = m_db.write([&]() -> Status {
        id = InductionRepository(m_db).addStatusChange(induction->id, change);
        if (!id)
            return id.error();
        if (to != InductionStatus::Withdrawn && to != InductionStatus::Completed)
            return Status::success();
        // The ECT no longer needs a mentor: their pairing ends with the induction.
        AssignmentRepository pairings(m_db);
        auto list = pairings.forMentee(personId);
        if (!list)
            return list.error();
        for (const auto &p : *list) {
            if (p.kind == PairingKind::Ect && p.period.contains(from)) {
                const QString why = to == InductionStatus::Withdrawn ? tr("Induction withdrawn")
                                                                     : tr("Induction completed");
                if (auto c = pairings.close(p.id, from, 0, why); !c)
                    return c;
            }
        }
        auto holds = RoleRepository(m_db).holds(personId, Role::Ect, from);
        if (holds && *holds)
            return RoleRepository(m_db).end(personId, Role::Ect, from);
        return Status::success();
    });
    if (!s)
        return s.error();
    return id;
}

} // namespace idesk
