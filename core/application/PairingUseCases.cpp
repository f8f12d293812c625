#include "PairingUseCases.h"

#include "application/Workspace.h"
#include "storage/AssignmentRepository.h"
#include "storage/InductionRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/SessionRepository.h"

#include <QSet>

#include <algorithm>

namespace idesk {

Result<QList<MentorAssignment>> PairingUseCases::all() const
{
    return AssignmentRepository(m_ws.database()).all();
}

Result<QHash<qint64, MentorAssignment>> PairingUseCases::allById() const
{
    return AssignmentRepository(m_ws.database()).allById();
}

Result<MentorAssignment> PairingUseCases::pairing(qint64 id) const
{
    return AssignmentRepository(m_ws.database()).byId(id);
}

Result<QList<MentorAssignment>> PairingUseCases::ofMentee(qint64 menteeId) const
{
    return AssignmentRepository(m_ws.database()).forMentee(menteeId);
}

Result<QList<MentorAssignment>> PairingUseCases::ofMentor(qint64 mentorId) const
{
    return AssignmentRepository(m_ws.database()).forMentor(mentorId);
}

Result<AssignmentCheck> PairingUseCases::preview(const AssignmentRequest &request) const
{
    return AssignmentService(m_ws.database(), m_ws.clock()).preview(request);
}

Result<std::optional<MentorAssignment>>
PairingUseCases::currentPairing(qint64 menteeId, PairingKind kind, QDate day) const
{
    return AssignmentService(m_ws.database(), m_ws.clock()).currentPairing(menteeId, kind, day);
}

Result<QList<PairingCandidate>> PairingUseCases::candidates(QDate day) const
{
    Database &db = m_ws.database();
    auto people = PersonRepository(db).all();
    auto inductions = InductionRepository(db).all();
    auto placements = PlacementRepository(db).all();
    auto pairings = AssignmentRepository(db).all();
    for (const Status &s : {people ? Status::success() : Status(people.error()),
                            inductions ? Status::success() : Status(inductions.error()),
                            placements ? Status::success() : Status(placements.error()),
                            pairings ? Status::success() : Status(pairings.error())}) {
        if (!s)
            return s.error();
    }
    QSet<qint64> ects, trainees, mentoredEct, mentoredItt;
    for (const Induction &i : std::as_const(*inductions)) {
        if (i.isActiveOn(day))
            ects.insert(i.personId);
    }
    for (const Placement &p : std::as_const(*placements)) {
        if (p.period.contains(day))
            trainees.insert(p.personId);
    }
    for (const MentorAssignment &a : std::as_const(*pairings)) {
        if (a.period.contains(day))
            (a.kind == PairingKind::Ect ? mentoredEct : mentoredItt).insert(a.menteeId);
    }
    QList<PairingCandidate> out;
    for (const Person &p : std::as_const(*people)) {
        if (p.employmentEnd.isValid() && p.employmentEnd < day)
            continue; // a leaver
        PairingCandidate c{p, std::nullopt, false};
        if (ects.contains(p.id)) {
            c.menteeAs = PairingKind::Ect;
            c.hasMentor = mentoredEct.contains(p.id);
        } else if (trainees.contains(p.id)) {
            c.menteeAs = PairingKind::Itt;
            c.hasMentor = mentoredItt.contains(p.id);
        }
        out.append(c);
    }
    const auto group = [](const PairingCandidate &c) {
        return !c.menteeAs ? 2 : c.hasMentor;
    };
    std::stable_sort(
        out.begin(), out.end(), [&](const PairingCandidate &a, const PairingCandidate &b) {
            if (group(a) != group(b))
                return group(a) < group(b);
            return QString::localeAwareCompare(a.person.displayName(), b.person.displayName()) < 0;
        });
    return out;
}

Result<int> PairingUseCases::sessionsToTakeOver(qint64 pairingId, QDate from) const
{
    auto sessions = SessionRepository(m_ws.database()).forAssignments({pairingId});
    if (!sessions)
        return sessions.error();
    const QDate first = std::max(from, m_ws.today());
    return int(std::count_if(sessions->cbegin(), sessions->cend(), [&](const MentoringSession &s) {
        return AssignmentService::takenOver(s, first);
    }));
}

Result<std::shared_ptr<AssignmentChange>>
PairingUseCases::assign(const AssignmentRequest &request) const
{
    return std::make_shared<AssignmentChange>(request, m_ws.clock());
}

} // namespace idesk
