#pragma once

#include "development/ActionStepEntry.h"
#include "development/OverseenMentor.h"
#include "development/StandardsProfile.h"
#include "development/TrainingRecord.h"
#include "util/Result.h"

#include "util/Clock.h"
#include <QCoreApplication>

#include <optional>

namespace idesk {

class Database;

// A mentor's development in one place: self-assessment against the National
// Standards, the training record against its pace, coaching action steps,
// and, for a lead mentor, the general mentors they oversee. All of it
// developmental; none of it is assessment.
class MentorDevelopmentService
{
    Q_DECLARE_TR_FUNCTIONS(MentorDevelopmentService)
public:
    MentorDevelopmentService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // People who mentor, or hold a mentor role, today; by surname.
    Result<QList<Person>> mentors() const;

    Result<StandardsProfile> standards(qint64 mentorId) const;
    // Adds a rating to the history; refuses a date after today.
    Result<qint64> assess(const SelfAssessment &assessment);

    Result<TrainingRecord> training(qint64 mentorId) const;

    // Held coaching meetings of the mentor's pairings, newest first.
    Result<QList<ActionStepEntry>> actionSteps(qint64 mentorId) const;
    // The step agreed at the mentee's last coaching meeting before `meeting`
    // (with whichever mentor they had then).
    Result<std::optional<MentoringSession>>
    previousActionStep(const MentoringSession &meeting) const;
    // Records the step agreed at a held coaching meeting.
    Status recordActionStep(qint64 sessionId, const QString &step);
    // Records whether an earlier step was practised (asked at the next meeting).
    Status recordPractised(qint64 sessionId, std::optional<bool> practised);

    // The general mentors a lead mentor oversees.
    Result<QList<OverseenMentor>> overseen(qint64 leadMentorId) const;
    Result<qint64> addOversight(qint64 leadMentorId, qint64 mentorId);
    Status removeOversight(qint64 oversightId);

private:
    Result<QString> menteeNameFor(qint64 assignmentId) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace idesk
