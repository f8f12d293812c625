#include "PairingUseCases.h"

#include "application/Workspace.h"
#include "storage/AssignmentRepository.h"

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

Result<std::shared_ptr<AssignmentChange>>
PairingUseCases::assign(const AssignmentRequest &request) const
{
    return std::make_shared<AssignmentChange>(request, m_ws.clock());
}

} // namespace idesk
