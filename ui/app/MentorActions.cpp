#include "MentorActions.h"

#include "app/ActionHost.h"
#include "application/MentorUseCases.h"
#include "application/SessionUseCases.h"
#include "application/Workspace.h"
#include "pages/MentorsPage.h"
#include "pages/mentors/ActionStepsTab.h"
#include "pages/mentors/OversightTab.h"
#include "pages/mentors/StandardsTab.h"
#include "pages/mentors/TrainingTab.h"

namespace idesk::ui {

MentorActions::MentorActions(ActionHost &host, MentorsPage &page, QObject *parent)
    : QObject(parent)
    , m_host(host)
{
    connect(page.standardsTab(), &StandardsTab::assessRequested, this,
            [this](const SelfAssessment &assessment) {
                if (Workspace *ws = m_host.workspace())
                    m_host.push(tr("Self-assessment"), MentorUseCases(*ws).assess(assessment));
            });
    connect(page.trainingTab(), &TrainingTab::addRequested, this,
            [this](const TrainingActivity &activity) {
                if (Workspace *ws = m_host.workspace())
                    m_host.push(tr("Training"), MentorUseCases(*ws).addTraining(activity));
            });
    connect(page.trainingTab(), &TrainingTab::removeRequested, this,
            [this](const TrainingActivity &activity) {
                if (Workspace *ws = m_host.workspace())
                    m_host.push(tr("Training"), MentorUseCases(*ws).removeTraining(activity));
            });
    connect(page.actionStepsTab(), &ActionStepsTab::stepEdited, this,
            [this](qint64 sessionId, const QString &step) {
                if (Workspace *ws = m_host.workspace())
                    m_host.push(tr("Record an action step"),
                                SessionUseCases(*ws).recordActionStep(sessionId, step));
            });
    connect(page.actionStepsTab(), &ActionStepsTab::practisedChanged, this,
            [this](qint64 sessionId, int practised) {
                Workspace *ws = m_host.workspace();
                if (!ws)
                    return;
                const std::optional<bool> value =
                    practised < 0 ? std::nullopt : std::optional<bool>(practised == 1);
                m_host.push(tr("Record whether a step was practised"),
                            SessionUseCases(*ws).recordPractised(sessionId, value));
            });
    connect(page.oversightTab(), &OversightTab::addRequested, this,
            [this](qint64 lead, qint64 mentor) {
                if (Workspace *ws = m_host.workspace())
                    m_host.push(tr("Oversight"), MentorUseCases(*ws).addOversight(lead, mentor));
            });
    connect(page.oversightTab(), &OversightTab::removeRequested, this, [this](qint64 linkId) {
        if (Workspace *ws = m_host.workspace())
            m_host.push(tr("Oversight"), MentorUseCases(*ws).removeOversight(linkId));
    });
}

} // namespace idesk::ui
