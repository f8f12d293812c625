#include "FlagService.h"

#include "storage/Database.h"

#include "services/SchedulingService.h"
#include "storage/MentorTrainingRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrainingRepository.h"

namespace idesk {

Result<FlagInput> FlagService::load(QDate today) const
{
    FlagInput in;
    auto school = SchedulingService(m_db).load();
    if (!school)
        return school.error();
    in.school = *school;
    auto sessions = SessionRepository(m_db).inWeeks({QDate(1900, 1, 1), {}});
    if (!sessions)
        return sessions.error();
    in.sessions = *sessions;
    auto training = TrainingRepository(m_db).all();
    if (!training)
        return training.error();
    in.training = *training;
    MentorTrainingRepository programmes(m_db);
    QSet<qint64> mentors;
    for (const MentorAssignment &a : std::as_const(in.school.assignments))
        mentors.insert(a.mentorId);
    for (qint64 mentor : std::as_const(mentors)) {
        auto list = programmes.forMentor(mentor);
        if (!list)
            return list.error();
        in.programmes += *list;
    }
    auto held = RoleRepository(m_db).heldOn(today);
    if (!held)
        return held.error();
    for (auto it = held->cbegin(); it != held->cend(); ++it) {
        if (it.value().contains(Role::InductionTutor))
            in.inductionTutors.insert(it.key());
    }
    return in;
}

Result<QList<Flag>> FlagService::flags(const DateRange &range, QDate today) const
{
    auto in = load(today);
    if (!in)
        return in.error();
    return FlagEngine::flags(*in, range, today);
}

} // namespace idesk
