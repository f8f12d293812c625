#pragma once

#include "application/Change.h"
#include "domain/MentoringSession.h"
#include "services/SchedulingService.h"
#include "util/DateRange.h"

#include <QCoreApplication>
#include <QTime>

#include <atomic>
#include <optional>

namespace idesk {

class Workspace;

// What the tutor records when a session was held. Anything left unset stays
// as planned (day, start, minutes) or as recorded (note, step).
struct HeldRequest
{
    qint64 sessionId = 0;
    std::optional<QDate> day;
    std::optional<QTime> start;
    std::optional<int> minutes;
    std::optional<QString> note;
    // Coaching meetings only: the one step agreed now, and whether the step
    // agreed at the mentee's previous meeting was practised.
    std::optional<QString> actionStep;
    std::optional<bool> previousPractised;
};

// The session log and its planning: reads for the views, and every edit of a
// session (held, cancelled, missed, moved, planned, its action step) with the
// rules of SessionRules.
class SessionUseCases
{
    Q_DECLARE_TR_FUNCTIONS(SessionUseCases)
public:
    explicit SessionUseCases(Workspace &workspace)
        : m_ws(workspace)
    {}

    Result<MentoringSession> session(qint64 id) const;
    // Sessions due in school weeks starting within `range`.
    Result<QList<MentoringSession>> inWeeks(const DateRange &range) const;
    // `before`, which inWeeks(range) gave, after an edit of only the sessions
    // of `pairings`: theirs read again, the rest kept.
    Result<QList<MentoringSession>> rereadInWeeks(const QList<MentoringSession> &before,
                                                  const DateRange &range,
                                                  const QSet<qint64> &pairings) const;
    // The held coaching meeting before this one, across the mentee's mentors.
    Result<std::optional<MentoringSession>>
    previousActionStep(const MentoringSession &meeting) const;
    // The nearest free slots still to come for a session, its own week first.
    Result<QList<SlotOffer>> offers(qint64 sessionId, int count = 5) const;

    Result<ChangePtr> markHeld(const HeldRequest &request) const;
    Result<ChangePtr> cancel(qint64 sessionId, const QString &reason) const;
    Result<ChangePtr> markMissed(qint64 sessionId, const QString &note = {}) const;
    // A session recorded as held that did not happen goes back to planned.
    Result<ChangePtr> markNotHeld(qint64 sessionId) const;
    // A new planned session at that slot, placed by hand; the old one records
    // where it went.
    Result<ChangePtr> move(qint64 sessionId, QDate day, qint64 periodId, QTime start) const;
    Result<ChangePtr> recordActionStep(qint64 sessionId, const QString &step) const;
    Result<ChangePtr> recordPractised(qint64 sessionId, std::optional<bool> practised) const;

    // Planning reads here (on the database's thread), solves anywhere (no
    // database), and saves as one change.
    Result<PlanningJob> preparePlan(const DateRange &range) const;
    static SchedulePlan solve(const PlanningJob &job, const std::atomic_bool *cancel = nullptr);
    Result<ChangePtr> savePlan(const DateRange &range, const SchedulePlan &plan) const;
    // All three in one go, for scripts: the plan (with the ids of the sessions
    // made when `save`), applied through the workspace as one change.
    Result<SchedulePlan> plan(const DateRange &range, bool save) const;

private:
    Result<ChangePtr> savePlan(const DateRange &range,
                               const std::shared_ptr<SchedulePlan> &saved) const;

    Workspace &m_ws;
};

} // namespace idesk
