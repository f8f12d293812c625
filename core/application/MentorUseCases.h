#pragma once

#include "application/Change.h"
#include "development/ActionStepEntry.h"
#include "development/MentorOversight.h"
#include "development/OverseenMentor.h"
#include "development/SelfAssessment.h"
#include "development/StandardsProfile.h"
#include "development/TrainingRecord.h"
#include "domain/Person.h"
#include "domain/TrainingActivity.h"
#include "reporting/StandardsSummary.h"

#include <QCoreApplication>

namespace idesk {

class Workspace;

// Mentor development: the National Standards self-assessments, the training
// record, coaching action steps and lead mentors' oversight. Developmental,
// never assessment.
class MentorUseCases
{
    Q_DECLARE_TR_FUNCTIONS(MentorUseCases)
public:
    explicit MentorUseCases(Workspace &workspace)
        : m_ws(workspace)
    {}

    Result<QList<Person>> mentors() const;
    Result<StandardsProfile> standards(qint64 mentorId) const;
    Result<TrainingRecord> training(qint64 mentorId) const;
    Result<QList<ActionStepEntry>> actionSteps(qint64 mentorId) const;
    Result<QList<OverseenMentor>> overseen(qint64 leadMentorId) const;
    Result<QList<MentorOversight>> oversight() const;
    Result<StandardsSummary> standardsSummary(qint64 mentorId) const;

    // A rating dated today or earlier; earlier ratings stay in the history.
    Result<ChangePtr> assess(const SelfAssessment &assessment) const;
    Result<ChangePtr> addTraining(const TrainingActivity &activity) const;
    Result<ChangePtr> removeTraining(const TrainingActivity &activity) const;
    Result<ChangePtr> addOversight(qint64 leadMentorId, qint64 mentorId) const;
    Result<ChangePtr> removeOversight(qint64 oversightId) const;

private:
    Workspace &m_ws;
};

} // namespace idesk
