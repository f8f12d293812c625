#include "FlagService.h"

#include "storage/Database.h"

#include "services/SchedulingService.h"
#include "storage/MentorTrainingRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrainingRepository.h"

namespace idesk {

Result<FlagInput> FlagService::load(QDate today, const DateRange &range) const
{
    FlagInput in;
    auto school = SchedulingService(m_db).load(SchoolTimeLoader::Lessons::Left);
    if (!school)
        return school.error();
    in.school = *school;
    auto sessions = SessionRepository(m_db).inWeeks(judgedWeeks(range));
    if (!sessions)
        return sessions.error();
    in.sessions = *sessions;
    auto training = TrainingRepository(m_db).all();
    if (!training)
        return training.error();
    in.training = *training;
    QSet<qint64> mentors;
    for (const MentorAssignment &a : std::as_const(in.school.assignments))
        mentors.insert(a.mentorId);
    auto programmes = MentorTrainingRepository(m_db).all();
    if (!programmes)
        return programmes.error();
    for (const MentorTraining &t : std::as_const(*programmes)) {
        if (mentors.contains(t.mentorId))
            in.programmes.append(t);
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

DateRange FlagService::judgedWeeks(const DateRange &range)
{
    // Only the sessions the range is judged on: its weeks, and the weeks
    // either side that share a fortnight with them.
    return range.from.isValid() ? DateRange{range.from.addDays(-14),
                                            range.to.isValid() ? range.to.addDays(14) : QDate()}
                                : DateRange{QDate(1900, 1, 1), {}};
}

Status FlagService::rereadSessionsOf(FlagInput &in, const DateRange &range,
                                     const QSet<qint64> &pairings) const
{
    // The weeks load() reads for the range, so the input is the one load()
    // would give now.
    auto now = SessionRepository(m_db).inWeeksOf(judgedWeeks(range), pairings);
    if (!now)
        return now.error();
    MentoringSessions::replaceOf(in.sessions, pairings, *now);
    return Status::success();
}

Result<QList<Flag>> FlagService::flags(const DateRange &range, QDate today) const
{
    auto in = load(today, range);
    if (!in)
        return in.error();
    return FlagEngine::flags(*in, range, today);
}

} // namespace idesk
