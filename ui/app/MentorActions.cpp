#include "MentorActions.h"

#include "MainWindow.h"
#include "commands/DatabaseCommand.h"
#include "pages/MentorsPage.h"
#include "pages/mentors/ActionStepsTab.h"
#include "pages/mentors/OversightTab.h"
#include "pages/mentors/StandardsTab.h"
#include "pages/mentors/TrainingTab.h"
#include "services/MentorDevelopmentService.h"
#include "storage/OversightRepository.h"
#include "storage/SessionRepository.h"
#include "storage/StandardsRepository.h"
#include "storage/TrainingRepository.h"
#include "util/Dates.h"

#include <memory>

namespace idesk::ui {

MentorActions::MentorActions(MainWindow &window, MentorsPage &page)
    : QObject(&window)
    , m_window(window)
    , m_page(page)
{
    connect(page.standardsTab(), &StandardsTab::assessRequested, this,
            [this](const SelfAssessment &assessment) {
                Database *db = m_window.database();
                if (!db)
                    return;
                const QDate today = m_window.today();
                // Refused before it reaches the undo stack, so the click changes nothing.
                if (auto s = StandardsRepository::validate(assessment); !s)
                    return m_window.reportError(tr("Self-assessment"), s.error());
                if (assessment.date > today)
                    return m_window.reportError(
                        tr("Self-assessment"),
                        Error::invalid(tr("A self-assessment cannot be dated after today")));
                auto id = std::make_shared<qint64>(0);
                m_window.pushEdit(
                    tr("Rate %1 %2")
                        .arg(assessment.item, StandardsRatings::displayName(assessment.rating)),
                    [db, assessment, id, today]() -> Status {
                        FixedClock clock(today);
                        return keepId(MentorDevelopmentService(*db, clock).assess(assessment), *id);
                    },
                    [db, id] { return StandardsRepository(*db).remove(*id); });
            });

    connect(page.trainingTab(), &TrainingTab::addRequested, this,
            [this](const TrainingActivity &activity) {
                Database *db = m_window.database();
                if (!db)
                    return;
                if (auto s = TrainingRepository::validate(activity); !s)
                    return m_window.reportError(tr("Training"), s.error());
                auto id = std::make_shared<qint64>(0);
                m_window.pushEdit(
                    tr("Record %1 hours of training").arg(activity.hours),
                    [db, activity, id] {
                        return keepId(TrainingRepository(*db).insert(activity), *id);
                    },
                    [db, id] { return TrainingRepository(*db).remove(*id); });
            });

    connect(page.trainingTab(), &TrainingTab::removeRequested, this,
            [this](const TrainingActivity &activity) {
                Database *db = m_window.database();
                if (!db)
                    return;
                auto id = std::make_shared<qint64>(activity.id);
                m_window.pushEdit(
                    tr("Remove %1 hours of training").arg(activity.hours),
                    [db, id] { return TrainingRepository(*db).remove(*id); },
                    [db, activity, id] {
                        return keepId(TrainingRepository(*db).insert(activity), *id);
                    });
            });

    connect(page.actionStepsTab(), &ActionStepsTab::stepEdited, this,
            [this](qint64 sessionId, const QString &step) {
                Database *db = m_window.database();
                if (!db)
                    return;
                const QDate today = m_window.today();
                changeSession(sessionId, tr("Record an action step"), [db, sessionId, step, today] {
                    FixedClock clock(today);
                    return MentorDevelopmentService(*db, clock).recordActionStep(sessionId, step);
                });
            });
    connect(
        page.actionStepsTab(), &ActionStepsTab::practisedChanged, this,
        [this](qint64 sessionId, int practised) {
            Database *db = m_window.database();
            if (!db)
                return;
            const QDate today = m_window.today();
            const std::optional<bool> value =
                practised < 0 ? std::nullopt : std::optional<bool>(practised == 1);
            changeSession(
                sessionId, tr("Record whether a step was practised"),
                [db, sessionId, value, today] {
                    FixedClock clock(today);
                    return MentorDevelopmentService(*db, clock).recordPractised(sessionId, value);
                });
        });

    connect(page.oversightTab(), &OversightTab::addRequested, this,
            [this](qint64 lead, qint64 mentor) {
                Database *db = m_window.database();
                if (!db)
                    return;
                const QDate today = m_window.today();
                auto id = std::make_shared<qint64>(0);
                m_window.pushEdit(
                    tr("Oversee a general mentor"),
                    [db, lead, mentor, id, today]() -> Status {
                        FixedClock clock(today);
                        return keepId(
                            MentorDevelopmentService(*db, clock).addOversight(lead, mentor), *id);
                    },
                    [db, id] { return OversightRepository(*db).remove(*id); });
            });
    connect(page.oversightTab(), &OversightTab::removeRequested, this, [this](qint64 linkId) {
        Database *db = m_window.database();
        if (!db)
            return;
        auto all = OversightRepository(*db).all();
        if (!all)
            return m_window.reportError(tr("Oversight"), all.error());
        std::optional<MentorOversight> link;
        for (const MentorOversight &o : std::as_const(*all)) {
            if (o.id == linkId)
                link = o;
        }
        if (!link)
            return;
        auto id = std::make_shared<qint64>(linkId);
        m_window.pushEdit(
            tr("Stop overseeing a general mentor"),
            [db, id] { return OversightRepository(*db).remove(*id); },
            [db, o = *link, id] {
                return keepId(
                    OversightRepository(*db).add({0, o.leadMentorId, o.mentorId, o.since}), *id);
            });
    });
}

void MentorActions::changeSession(qint64 sessionId, const QString &text,
                                  const std::function<Status()> &change)
{
    Database *db = m_window.database();
    auto before = SessionRepository(*db).byId(sessionId);
    if (!before)
        return m_window.reportError(text, before.error());
    m_window.pushEdit(text, change,
                      [db, was = *before] { return SessionRepository(*db).update(was); });
}

} // namespace idesk::ui
