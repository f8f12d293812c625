#include "AssignmentService.h"

#include "storage/Database.h"

#include "domain/Role.h"
#include "rules/AssignmentChecker.h"
#include "storage/AssignmentRepository.h"
#include "storage/InductionRepository.h"
#include "storage/MentorTrainingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/SessionRepository.h"
#include "util/Dates.h"

#include <QSet>

namespace idesk {

Result<AssignmentFacts> AssignmentService::facts(const AssignmentRequest &request) const
{
    PersonRepository people(m_db);
    auto mentor = people.byId(request.mentorId);
    if (!mentor)
        return mentor.error();
    auto mentee = people.byId(request.menteeId);
    if (!mentee)
        return mentee.error();

    AssignmentFacts f;
    f.mentor = *mentor;
    f.mentee = *mentee;
    const QDate from = request.period.from;

    if (request.kind == PairingKind::Ect) {
        auto inductions = InductionRepository(m_db).forPerson(request.menteeId);
        if (!inductions)
            return inductions.error();
        for (const auto &i : *inductions)
            f.menteeEligible = f.menteeEligible || i.isActiveOn(from);
    } else {
        auto placements = PlacementRepository(m_db).forPerson(request.menteeId);
        if (!placements)
            return placements.error();
        for (const auto &p : *placements) {
            if (p.period.contains(from)) {
                f.menteeEligible = true;
                f.placementEnd = p.period.to;
            }
        }
    }

    auto tutor = RoleRepository(m_db).holds(request.mentorId, Role::InductionTutor, from);
    if (!tutor)
        return tutor.error();
    f.mentorIsInductionTutor = *tutor;

    AssignmentRepository pairings(m_db);
    auto mentorPairings = pairings.forMentor(request.mentorId);
    if (!mentorPairings)
        return mentorPairings.error();
    QSet<qint64> others;
    for (const auto &p : *mentorPairings) {
        if (p.menteeId != request.menteeId && p.period.contains(from))
            others.insert(p.menteeId);
    }
    f.mentorOtherMentees = int(others.size());
    f.capacity = SchoolRepository(m_db).mentorCapacity(from);

    auto menteePairings = pairings.forMentee(request.menteeId);
    if (!menteePairings)
        return menteePairings.error();
    for (const auto &p : *menteePairings) {
        if (p.kind == request.kind)
            f.menteePairings.append(p);
    }
    return f;
}

AssignmentRequest AssignmentService::bounded(AssignmentRequest request, const AssignmentFacts &f)
{
    if (request.kind == PairingKind::Itt && f.placementEnd.isValid() &&
        (request.period.isOpenEnded() || request.period.to > f.placementEnd))
        request.period.to = f.placementEnd;
    return request;
}

Result<AssignmentCheck> AssignmentService::preview(const AssignmentRequest &request) const
{
    auto f = facts(request);
    if (!f)
        return f.error();
    return AssignmentChecker::check(bounded(request, *f), *f);
}

Result<std::optional<MentorAssignment>>
AssignmentService::currentPairing(qint64 menteeId, PairingKind kind, QDate day) const
{
    auto list = AssignmentRepository(m_db).forMentee(menteeId);
    if (!list)
        return list.error();
    for (const auto &p : *list) {
        if (p.kind == kind && p.period.contains(day))
            return std::optional<MentorAssignment>(p);
    }
    return std::optional<MentorAssignment>();
}

Result<AssignmentOutcome> AssignmentService::assign(const AssignmentRequest &asked)
{
    AssignmentOutcome outcome;
    const Status written = m_db.write([&]() -> Status {
        auto f = facts(asked);
        if (!f)
            return f.error();
        const AssignmentRequest request = bounded(asked, *f);
        outcome.check = AssignmentChecker::check(request, *f);
        if (outcome.check.isRefused())
            return Error::refused(outcome.check.refusals.join(QLatin1Char('\n')));
        if (const auto missing = outcome.check.unacknowledged(); !missing.isEmpty()) {
            QStringList keys;
            for (const auto w : missing)
                keys.append(AssignmentWarnings::key(w));
            return Error::refused(tr("Not saved: these warnings must be acknowledged first: %1")
                                      .arg(keys.join(QStringLiteral(", "))));
        }

        MentorAssignment a;
        a.kind = request.kind;
        a.mentorId = request.mentorId;
        a.menteeId = request.menteeId;
        a.period = request.period;
        for (const auto &w : outcome.check.warnings)
            a.acknowledged.append(w.warning);
        AssignmentRepository pairings(m_db);
        auto id = pairings.insert(a, m_clock.today());
        if (!id)
            return id.error();
        a.id = *id;
        outcome.assignment = a;

        if (request.replacingId > 0) {
            const QString reason = request.replacementReason.isEmpty() ? tr("Mentor replaced")
                                                                       : request.replacementReason;
            if (auto s = pairings.close(request.replacingId, request.period.from.addDays(-1), a.id,
                                        reason);
                !s)
                return s;
            outcome.closedPairingId = request.replacingId;
            for (const auto &p : f->menteePairings) {
                if (p.id == request.replacingId)
                    outcome.closedPairingPreviousTo = p.period.to;
            }
        }

        const Role mentorRole =
            request.kind == PairingKind::Ect ? Role::EctMentor : Role::IttGeneralMentor;
        RoleRepository roles(m_db);
        auto tenures = roles.forPerson(request.mentorId);
        if (!tenures)
            return tenures.error();
        bool holds = false;
        QDate nextStart; // a later tenure of the role: the new one ends the day before it
        for (const auto &t : *tenures) {
            if (t.role != mentorRole)
                continue;
            holds = holds || t.period.contains(request.period.from);
            if (t.period.from > request.period.from &&
                (!nextStart.isValid() || t.period.from < nextStart))
                nextStart = t.period.from;
        }
        if (!holds) {
            const QDate until = nextStart.isValid() ? nextStart.addDays(-1) : QDate();
            auto role = roles.add({0, request.mentorId, mentorRole, {request.period.from, until}});
            if (!role)
                return role.error();
            outcome.addedRoleId = *role;
        }

        // A replacement mentor starts the training programme from the beginning;
        // a first-time mentor starts it with their first pairing.
        const TrainingProgramme programme = request.kind == PairingKind::Ect
                                                ? TrainingProgramme::EctMentor
                                                : TrainingProgramme::IttGeneralMentor;
        MentorTrainingRepository training(m_db);
        auto records = training.forMentor(request.mentorId);
        if (!records)
            return records.error();
        const bool hasRecord = std::any_of(records->cbegin(), records->cend(),
                                           [&](const auto &t) { return t.programme == programme; });
        if (request.replacingId > 0 || !hasRecord) {
            MentorTraining t;
            t.mentorId = request.mentorId;
            t.programme = programme;
            t.start = request.period.from;
            t.assignmentId = a.id;
            t.reason = request.replacingId > 0
                           ? tr("Replacement mentor: training starts from the beginning")
                           : tr("First pairing");
            auto tid = training.insert(t);
            if (!tid)
                return tid.error();
            outcome.trainingRecordId = *tid;
        }
        if (request.replacingId > 0 && request.moveFutureSessions)
            return takeOverSessions(request, outcome);
        return Status::success();
    });
    if (!written)
        return written.error();
    return outcome;
}

Status AssignmentService::takeOverSessions(const AssignmentRequest &request,
                                           AssignmentOutcome &outcome)
{
    SessionRepository sessions(m_db);
    auto old = sessions.forAssignments({request.replacingId});
    if (!old)
        return old.error();
    // Sessions already past stay in the old pairing's record as they are.
    const QDate first = std::max(request.period.from, m_clock.today());
    QDate last;
    for (const MentoringSession &s : std::as_const(*old)) {
        if (!takenOver(s, first))
            continue;
        if (auto r = sessions.remove(s.id); !r)
            return r;
        outcome.sessionsTakenOver.append(s);
        last = std::max(last, s.day);
    }
    if (outcome.sessionsTakenOver.isEmpty())
        return Status::success();
    auto plan = SchedulingService(m_db).planPairing(outcome.assignment.id, {first, last});
    if (!plan)
        return plan.error();
    for (MentoringSession s : std::as_const(plan->planned)) {
        auto id = sessions.insert(s);
        if (!id)
            return id.error();
        s.id = *id;
        outcome.sessionsPlaced.append(s);
    }
    outcome.sessionsUnplaced = plan->unplaced;
    return Status::success();
}

Status AssignmentService::undo(const AssignmentOutcome &outcome)
{
    return m_db.write([&]() -> Status {
        SessionRepository sessions(m_db);
        for (const MentoringSession &placed : outcome.sessionsPlaced) {
            auto now = sessions.byId(placed.id);
            if (!now)
                return now.error();
            if (!(*now == placed))
                return Error::refused(
                    tr("The session on %1 with the new mentor was changed meanwhile, perhaps by "
                       "a colleague, so the replacement was not undone.")
                        .arg(Dates::uk(placed.day)));
            if (auto r = sessions.remove(placed.id); !r)
                return r;
        }
        for (const MentoringSession &taken : outcome.sessionsTakenOver) {
            if (auto id = sessions.insert(taken); !id)
                return id.error();
        }
        if (outcome.trainingRecordId > 0) {
            if (auto s = MentorTrainingRepository(m_db).remove(outcome.trainingRecordId); !s)
                return s;
        }
        if (outcome.addedRoleId > 0) {
            if (auto s = RoleRepository(m_db).remove(outcome.addedRoleId); !s)
                return s;
        }
        AssignmentRepository pairings(m_db);
        if (outcome.closedPairingId > 0) {
            if (auto s = pairings.reopen(outcome.closedPairingId, outcome.closedPairingPreviousTo);
                !s)
                return s;
        }
        return pairings.remove(outcome.assignment.id);
    });
}

} // namespace idesk
