#include "MentorUseCases.h"

#include "application/StepChange.h"
#include "application/Workspace.h"
#include "reporting/StandardsSummaryBuilder.h"
#include "services/MentorDevelopmentService.h"
#include "storage/OversightRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/StandardsRepository.h"
#include "storage/TrainingRepository.h"

#include <memory>

namespace idesk {

namespace {
MentorDevelopmentService service(Workspace &ws)
{
    return MentorDevelopmentService(ws.database(), ws.clock());
}
} // namespace

Result<QList<Person>> MentorUseCases::mentors() const
{
    return service(m_ws).mentors();
}

Result<StandardsProfile> MentorUseCases::standards(qint64 mentorId) const
{
    return service(m_ws).standards(mentorId);
}

Result<TrainingRecord> MentorUseCases::training(qint64 mentorId) const
{
    return service(m_ws).training(mentorId);
}

Result<QList<ActionStepEntry>> MentorUseCases::actionSteps(qint64 mentorId) const
{
    return service(m_ws).actionSteps(mentorId);
}

Result<QList<OverseenMentor>> MentorUseCases::overseen(qint64 leadMentorId) const
{
    return service(m_ws).overseen(leadMentorId);
}

Result<QList<MentorOversight>> MentorUseCases::oversight() const
{
    return OversightRepository(m_ws.database()).all();
}

Result<StandardsSummary> MentorUseCases::standardsSummary(qint64 mentorId) const
{
    Database &db = m_ws.database();
    auto mentor = PersonRepository(db).byId(mentorId);
    if (!mentor)
        return mentor.error();
    auto school = SchoolRepository(db).school();
    if (!school)
        return school.error();
    auto profile = standards(mentorId);
    if (!profile)
        return profile.error();
    auto record = training(mentorId);
    if (!record)
        return record.error();
    auto held = RoleRepository(db).heldOn(m_ws.today());
    if (!held)
        return held.error();
    return StandardsSummaryBuilder::build(*mentor, school->name, held->value(mentorId), *profile,
                                          *record, m_ws.today());
}

Result<ChangePtr> MentorUseCases::assess(const SelfAssessment &assessment) const
{
    if (auto s = StandardsRepository::validate(assessment); !s)
        return s.error();
    if (assessment.date > m_ws.today())
        return Error::invalid(tr("A self-assessment cannot be dated after today"));
    auto id = std::make_shared<qint64>(0);
    const Clock &clock = m_ws.clock();
    return StepChange::make(
        tr("Rate %1 %2").arg(assessment.item, StandardsRatings::displayName(assessment.rating)),
        Topic::Mentors,
        [assessment, id, &clock](Database &db) {
            return keepId(MentorDevelopmentService(db, clock).assess(assessment), *id);
        },
        [id](Database &db) { return StandardsRepository(db).remove(*id); });
}

Result<ChangePtr> MentorUseCases::addTraining(const TrainingActivity &activity) const
{
    if (auto s = TrainingRepository::validate(activity); !s)
        return s.error();
    auto id = std::make_shared<qint64>(0);
    return StepChange::make(
        tr("Record %1 hours of training").arg(activity.hours), Topic::Mentors,
        [activity, id](Database &db) {
            return keepId(TrainingRepository(db).insert(activity), *id);
        },
        [id](Database &db) { return TrainingRepository(db).remove(*id); });
}

Result<ChangePtr> MentorUseCases::removeTraining(const TrainingActivity &activity) const
{
    auto held = TrainingRepository(m_ws.database()).forMentor(activity.mentorId);
    if (!held)
        return held.error();
    if (std::none_of(held->cbegin(), held->cend(),
                     [&](const TrainingActivity &a) { return a.id == activity.id; }))
        return Error::notFound(tr("That training entry is no longer recorded; it may have been "
                                  "removed meanwhile"));
    auto id = std::make_shared<qint64>(activity.id);
    return StepChange::make(
        tr("Remove %1 hours of training").arg(activity.hours), Topic::Mentors,
        [id](Database &db) { return TrainingRepository(db).remove(*id); },
        [activity, id](Database &db) {
            return keepId(TrainingRepository(db).insert(activity), *id);
        });
}

Result<ChangePtr> MentorUseCases::addOversight(qint64 leadMentorId, qint64 mentorId) const
{
    auto id = std::make_shared<qint64>(0);
    const Clock &clock = m_ws.clock();
    return StepChange::make(
        tr("Oversee a general mentor"), Topic::Mentors,
        [leadMentorId, mentorId, id, &clock](Database &db) {
            return keepId(MentorDevelopmentService(db, clock).addOversight(leadMentorId, mentorId),
                          *id);
        },
        [id](Database &db) { return OversightRepository(db).remove(*id); });
}

Result<ChangePtr> MentorUseCases::removeOversight(qint64 oversightId) const
{
    auto all = oversight();
    if (!all)
        return all.error();
    std::optional<MentorOversight> link;
    for (const MentorOversight &o : std::as_const(*all)) {
        if (o.id == oversightId)
            link = o;
    }
    if (!link)
        return Error::notFound(tr("No oversight link has the id %1").arg(oversightId));
    auto id = std::make_shared<qint64>(oversightId);
    return StepChange::make(
        tr("Stop overseeing a general mentor"), Topic::Mentors,
        [id](Database &db) { return OversightRepository(db).remove(*id); },
        [o = *link, id](Database &db) { return keepId(OversightRepository(db).add(o), *id); });
}

} // namespace idesk
