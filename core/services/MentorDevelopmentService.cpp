#include "MentorDevelopmentService.h"

#include "storage/Database.h"

#include "domain/SessionRules.h"

#include "storage/AssignmentRepository.h"
#include "storage/MentorTrainingRepository.h"
#include "storage/OversightRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/SessionRepository.h"
#include "storage/StandardsRepository.h"
#include "storage/TrainingRepository.h"
#include "util/Dates.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace idesk {

namespace {
bool before(const MentoringSession &a, const MentoringSession &b)
{
    return a.day != b.day ? a.day < b.day : (a.start != b.start ? a.start < b.start : a.id < b.id);
}

bool isMentorRole(Role role)
{
    return role == Role::EctMentor || role == Role::IttGeneralMentor || role == Role::IttLeadMentor;
}
} // namespace

Result<QList<Person>> MentorDevelopmentService::mentors() const
{
    const QDate today = m_clock.today();
    QSet<qint64> ids;
    auto assignments = AssignmentRepository(m_db).all();
    if (!assignments)
        return assignments.error();
    for (const MentorAssignment &a : std::as_const(*assignments)) {
        if (a.period.contains(today))
            ids.insert(a.mentorId);
    }
    auto held = RoleRepository(m_db).heldOn(today);
    if (!held)
        return held.error();
    for (auto it = held->cbegin(); it != held->cend(); ++it) {
        if (std::any_of(it->cbegin(), it->cend(), isMentorRole))
            ids.insert(it.key());
    }
    auto people = PersonRepository(m_db).all();
    if (!people)
        return people.error();
    QList<Person> list;
    for (const Person &p : std::as_const(*people)) {
        if (ids.contains(p.id))
            list.append(p);
    }
    std::sort(list.begin(), list.end(), [](const Person &a, const Person &b) {
        return a.lastName.localeAwareCompare(b.lastName) < 0 ||
               (a.lastName == b.lastName && a.firstName.localeAwareCompare(b.firstName) < 0);
    });
    return list;
}

Result<StandardsProfile> MentorDevelopmentService::standards(qint64 mentorId) const
{
    auto history = StandardsRepository(m_db).forMentor(mentorId);
    if (!history)
        return history.error();
    return StandardsProfile(NationalStandards::shipped(), *history);
}

Result<qint64> MentorDevelopmentService::assess(const SelfAssessment &assessment)
{
    if (assessment.date > m_clock.today())
        return Error::invalid(tr("A self-assessment cannot be dated after today (%1)")
                                  .arg(Dates::uk(m_clock.today())));
    auto mentor = PersonRepository(m_db).byId(assessment.mentorId);
    if (!mentor)
        return mentor.error();
    return m_db.writeReturning([&] { return StandardsRepository(m_db).insert(assessment); });
}

Result<TrainingRecord> MentorDevelopmentService::training(qint64 mentorId) const
{
    const QDate today = m_clock.today();
    auto activities = TrainingRepository(m_db).forMentor(mentorId);
    if (!activities)
        return activities.error();
    auto records = MentorTrainingRepository(m_db).forMentor(mentorId);
    if (!records)
        return records.error();
    QList<MentorTraining> programmes = *records;
    // A lead mentor's programme starts with the role; no pairing starts it.
    const bool hasLead =
        std::any_of(programmes.cbegin(), programmes.cend(), [](const MentorTraining &t) {
            return t.programme == TrainingProgramme::IttLeadMentor;
        });
    if (!hasLead) {
        auto tenures = RoleRepository(m_db).forPerson(mentorId);
        if (!tenures)
            return tenures.error();
        for (const RoleTenure &t : std::as_const(*tenures)) {
            if (t.role == Role::IttLeadMentor && t.period.contains(today)) {
                MentorTraining lead;
                lead.mentorId = mentorId;
                lead.programme = TrainingProgramme::IttLeadMentor;
                lead.start = t.period.from;
                lead.reason = tr("Lead mentor since %1").arg(Dates::uk(t.period.from));
                programmes.append(lead);
            }
        }
    }
    const RuleSetRegistry rules = SchoolRepository(m_db).ruleSets();
    TrainingRecord record;
    record.activities = *activities;
    for (const TrainingActivity &a : std::as_const(record.activities)) {
        if (a.attended) {
            record.hoursByKind[a.kind] += a.hours;
            ++record.eventsAttended;
        } else {
            ++record.eventsMissed;
        }
    }
    for (const MentorTraining &t : TrainingPace::current(programmes, mentorId, today))
        record.programmes.append(TrainingPace::assess(t, rules, record.activities, today,
                                                      TrainingPace::countFrom(t, programmes)));
    return record;
}

Result<QString> MentorDevelopmentService::menteeNameFor(qint64 assignmentId) const
{
    auto a = AssignmentRepository(m_db).byId(assignmentId);
    if (!a)
        return a.error();
    auto p = PersonRepository(m_db).byId(a->menteeId);
    if (!p)
        return p.error();
    return p->displayName();
}

Result<QList<ActionStepEntry>> MentorDevelopmentService::actionSteps(qint64 mentorId) const
{
    auto assignments = AssignmentRepository(m_db).forMentor(mentorId);
    if (!assignments)
        return assignments.error();
    QHash<qint64, MentorAssignment> byId;
    for (const MentorAssignment &a : std::as_const(*assignments))
        byId.insert(a.id, a);
    auto sessions = SessionRepository(m_db).forAssignments(byId.keys());
    if (!sessions)
        return sessions.error();
    auto names = PersonRepository(m_db).displayNames();
    if (!names)
        return names.error();
    QList<ActionStepEntry> list;
    for (const MentoringSession &s : std::as_const(*sessions)) {
        if (s.kind != SessionKind::Coaching || s.status != SessionStatus::Held)
            continue;
        const MentorAssignment &a = byId[s.assignmentId];
        list.append({s, a.mentorId, a.menteeId, names->value(a.menteeId)});
    }
    std::sort(list.begin(), list.end(), [](const ActionStepEntry &a, const ActionStepEntry &b) {
        return before(b.session, a.session);
    });
    return list;
}

Result<std::optional<MentoringSession>>
MentorDevelopmentService::previousActionStep(const MentoringSession &meeting) const
{
    auto assignment = AssignmentRepository(m_db).byId(meeting.assignmentId);
    if (!assignment)
        return assignment.error();
    auto ofMentee = AssignmentRepository(m_db).forMentee(assignment->menteeId);
    if (!ofMentee)
        return ofMentee.error();
    QList<qint64> ids;
    for (const MentorAssignment &a : std::as_const(*ofMentee))
        ids.append(a.id);
    auto sessions = SessionRepository(m_db).forAssignments(ids);
    if (!sessions)
        return sessions.error();
    std::optional<MentoringSession> previous;
    for (const MentoringSession &s : std::as_const(*sessions)) {
        if (s.id == meeting.id || s.kind != SessionKind::Coaching ||
            s.status != SessionStatus::Held || s.actionStep.isEmpty() || !before(s, meeting))
            continue;
        if (!previous || before(*previous, s))
            previous = s;
    }
    return previous;
}

Status MentorDevelopmentService::recordActionStep(qint64 sessionId, const QString &step)
{
    return m_db.write([&]() -> Status {
        SessionRepository repo(m_db);
        auto session = repo.byId(sessionId);
        if (!session)
            return session.error();
        if (auto allowed = SessionRules::canRecordActionStep(*session, step); !allowed)
            return allowed;
        MentoringSession s = *session;
        s.actionStep = SessionRules::actionStepText(step);
        if (s.actionStep.isEmpty())
            s.actionPractised.reset();
        return repo.update(s);
    });
}

Status MentorDevelopmentService::recordPractised(qint64 sessionId, std::optional<bool> practised)
{
    return m_db.write([&]() -> Status {
        SessionRepository repo(m_db);
        auto session = repo.byId(sessionId);
        if (!session)
            return session.error();
        if (auto allowed = SessionRules::canRecordPractised(*session); !allowed)
            return allowed;
        MentoringSession s = *session;
        s.actionPractised = practised;
        return repo.update(s);
    });
}

Result<QList<OverseenMentor>> MentorDevelopmentService::overseen(qint64 leadMentorId) const
{
    const QDate today = m_clock.today();
    auto links = OversightRepository(m_db).forLead(leadMentorId);
    if (!links)
        return links.error();
    auto assignments = AssignmentRepository(m_db).all();
    if (!assignments)
        return assignments.error();
    const RuleSetRegistry rules = SchoolRepository(m_db).ruleSets();
    PersonRepository people(m_db);
    QList<OverseenMentor> list;
    for (const MentorOversight &link : std::as_const(*links)) {
        OverseenMentor o;
        o.link = link;
        auto mentor = people.byId(link.mentorId);
        if (!mentor)
            return mentor.error();
        o.mentor = *mentor;
        auto profile = standards(link.mentorId);
        if (!profile)
            return profile.error();
        o.red = profile->count(StandardsRating::Red);
        o.amber = profile->count(StandardsRating::Amber);
        o.green = profile->count(StandardsRating::Green);
        o.notRated = profile->notRated();
        o.lastAssessed = profile->lastAssessed();
        for (const SupportNeed &n : profile->supportPlan())
            o.supportPlan.append(
                tr("%1 (%2)").arg(n.item.code, StandardsRatings::displayName(n.latest.rating)));
        auto record = training(link.mentorId);
        if (!record)
            return record.error();
        o.programmes = record->programmes;

        for (const MentorAssignment &a : std::as_const(*assignments)) {
            if (a.mentorId != link.mentorId || a.kind != PairingKind::Itt || a.period.from > today)
                continue;
            auto sessions = SessionRepository(m_db).forAssignments({a.id});
            if (!sessions)
                return sessions.error();
            QMap<QDate, int> heldByWeek;
            for (const MentoringSession &s : std::as_const(*sessions)) {
                // A week is judged once its Friday has passed.
                if (s.kind != SessionKind::IttMentoring || s.weekMonday.addDays(4) >= today)
                    continue;
                heldByWeek[s.weekMonday] += s.status == SessionStatus::Held ? s.minutes : 0;
            }
            auto trainee = people.byId(a.menteeId);
            if (!trainee)
                return trainee.error();
            TraineeTime t;
            t.traineeId = a.menteeId;
            t.traineeName = trainee->displayName();
            t.requiredMinutes = rules.forDate(today).ittWeeklyMentoringMinutes;
            for (auto it = heldByWeek.cbegin(); it != heldByWeek.cend(); ++it) {
                const int required = rules.forDate(it.key()).ittWeeklyMentoringMinutes;
                ++t.weeksJudged;
                if (it.value() < required)
                    ++t.weeksShort;
                t.lastWeek = it.key();
                t.lastWeekMinutes = it.value();
            }
            o.trainees.append(t);
        }
        list.append(o);
    }
    std::sort(list.begin(), list.end(), [](const OverseenMentor &a, const OverseenMentor &b) {
        return a.mentor.lastName.localeAwareCompare(b.mentor.lastName) < 0;
    });
    return list;
}

Result<qint64> MentorDevelopmentService::addOversight(qint64 leadMentorId, qint64 mentorId)
{
    const QDate today = m_clock.today();
    auto isLead = RoleRepository(m_db).holds(leadMentorId, Role::IttLeadMentor, today);
    if (!isLead)
        return isLead.error();
    if (!*isLead)
        return Error::refused(tr("Only an ITT lead mentor oversees general mentors"));
    return m_db.writeReturning([&] {
        return OversightRepository(m_db).add({0, leadMentorId, mentorId, today});
    });
}

Status MentorDevelopmentService::removeOversight(qint64 oversightId)
{
    return m_db.write([&]() { return OversightRepository(m_db).remove(oversightId); });
}

} // namespace idesk
