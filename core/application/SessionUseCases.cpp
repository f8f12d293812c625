#include "SessionUseCases.h"

#include "application/SessionUpdate.h"
#include "application/StepChange.h"
#include "application/Workspace.h"
#include "domain/SessionRules.h"
#include "services/MentorDevelopmentService.h"
#include "storage/SchoolDayRepository.h"
#include "storage/SessionRepository.h"
#include "util/Dates.h"

#include <memory>

namespace idesk {

namespace {
// Merge keys (Change::mergeKey) of the session edits a person repeats.
constexpr int kActionStepMergeKey = 10;
constexpr int kPractisedMergeKey = 11;
} // namespace

Result<MentoringSession> SessionUseCases::session(qint64 id) const
{
    return SessionRepository(m_ws.database()).byId(id);
}

Result<QList<MentoringSession>> SessionUseCases::inWeeks(const DateRange &range) const
{
    return SessionRepository(m_ws.database()).inWeeks(range);
}

Result<QList<MentoringSession>>
SessionUseCases::rereadInWeeks(const QList<MentoringSession> &before, const DateRange &range,
                               const QSet<qint64> &pairings) const
{
    auto now = SessionRepository(m_ws.database()).inWeeksOf(range, pairings);
    if (!now)
        return now.error();
    QList<MentoringSession> list = before;
    MentoringSessions::replaceOf(list, pairings, *now);
    return list;
}

Result<std::optional<MentoringSession>>
SessionUseCases::previousActionStep(const MentoringSession &meeting) const
{
    return MentorDevelopmentService(m_ws.database(), m_ws.clock()).previousActionStep(meeting);
}

Result<QList<SlotOffer>> SessionUseCases::offers(qint64 sessionId, int count) const
{
    // A slot already gone is no offer: ask for more and keep those to come.
    auto all = SchedulingService(m_ws.database()).alternatives(sessionId, 10'000);
    if (!all)
        return all.error();
    const QDateTime now = m_ws.clock().now();
    QList<SlotOffer> offers;
    for (const SlotOffer &o : std::as_const(*all)) {
        if (offers.size() == count)
            break;
        if (o.day < now.date() || (o.day == now.date() && o.start <= now.time()))
            continue;
        offers.append(o);
    }
    return offers;
}

Result<ChangePtr> SessionUseCases::markHeld(const HeldRequest &request) const
{
    auto found = session(request.sessionId);
    if (!found)
        return found.error();
    const MentoringSession was = *found;
    MentoringSession held = was;
    held.status = SessionStatus::Held;
    if (request.day)
        held.day = *request.day;
    if (request.start) {
        if (!request.start->isValid())
            return Error::invalid(tr("Give the time the session started as HH:MM"));
        held.start = *request.start;
    }
    if (request.minutes)
        held.minutes = *request.minutes;
    if (auto ok = SessionRules::canMarkHeld(was, held.day, held.minutes, m_ws.today()); !ok)
        return ok.error();
    if (request.note) {
        const QString note = request.note->trimmed();
        if (auto ok = SessionRules::checkLength(tr("note"), note, SessionRules::kMaxNote); !ok)
            return ok.error();
        held.note = note;
    }
    if ((request.actionStep || request.previousPractised) && !SessionRules::takesActionSteps(held))
        return Error::refused(tr("Action steps are agreed at coaching meetings, and this is a %1")
                                  .arg(SessionKinds::displayName(held.kind).toLower()));
    if (request.actionStep) {
        if (auto ok = SessionRules::canRecordActionStep(held, *request.actionStep); !ok)
            return ok.error();
        held.actionStep = SessionRules::actionStepText(*request.actionStep);
        if (held.actionStep.isEmpty())
            held.actionPractised.reset();
    }
    QList<SessionUpdate::Rewrite> rewrites{{was, held}};
    if (request.previousPractised) {
        auto previous = previousActionStep(held);
        if (!previous)
            return previous.error();
        if (!*previous)
            return Error::refused(tr("There is no earlier action step for this mentee"));
        MentoringSession answered = **previous;
        answered.actionPractised = *request.previousPractised;
        rewrites.prepend({**previous, answered});
    }
    const QString text =
        was.status == SessionStatus::Held
            ? tr("Correct the record of the session on %1").arg(Dates::uk(held.day))
            : tr("Session held on %1").arg(Dates::uk(held.day));
    return ChangePtr(std::make_shared<SessionUpdate>(text, rewrites));
}

Result<ChangePtr> SessionUseCases::cancel(qint64 sessionId, const QString &reason) const
{
    auto found = session(sessionId);
    if (!found)
        return found.error();
    if (auto ok = SessionRules::canCancel(*found, reason, m_ws.today()); !ok)
        return ok.error();
    MentoringSession cancelled = *found;
    cancelled.status = SessionStatus::Cancelled;
    cancelled.cancelReason = reason.trimmed();
    return ChangePtr(
        std::make_shared<SessionUpdate>(tr("Cancel session on %1").arg(Dates::uk(found->day)),
                                        QList<SessionUpdate::Rewrite>{{*found, cancelled}}));
}

Result<ChangePtr> SessionUseCases::markMissed(qint64 sessionId, const QString &note) const
{
    auto found = session(sessionId);
    if (!found)
        return found.error();
    if (auto ok = SessionRules::canMarkMissed(*found, m_ws.today()); !ok)
        return ok.error();
    MentoringSession missed = *found;
    missed.status = SessionStatus::Missed;
    if (!note.trimmed().isEmpty()) {
        if (auto ok = SessionRules::checkLength(tr("note"), note.trimmed(), SessionRules::kMaxNote);
            !ok)
            return ok.error();
        missed.note = note.trimmed();
    }
    return ChangePtr(
        std::make_shared<SessionUpdate>(tr("Session missed on %1").arg(Dates::uk(found->day)),
                                        QList<SessionUpdate::Rewrite>{{*found, missed}}));
}

Result<ChangePtr> SessionUseCases::markNotHeld(qint64 sessionId) const
{
    auto found = session(sessionId);
    if (!found)
        return found.error();
    if (auto ok = SessionRules::canMarkNotHeld(*found); !ok)
        return ok.error();
    // What was agreed at a meeting that did not happen was not agreed.
    MentoringSession planned = *found;
    planned.status = SessionStatus::Planned;
    planned.actionStep.clear();
    planned.actionPractised.reset();
    return ChangePtr(std::make_shared<SessionUpdate>(
        tr("Correct the record: the session on %1 was not held").arg(Dates::uk(found->day)),
        QList<SessionUpdate::Rewrite>{{*found, planned}}));
}

Result<ChangePtr> SessionUseCases::move(qint64 sessionId, QDate day, qint64 periodId,
                                        QTime start) const
{
    auto found = session(sessionId);
    if (!found)
        return found.error();
    if (!day.isValid())
        return Error::invalid(tr("Choose the day to move the session to"));
    MentoringSession moved = *found;
    moved.id = 0;
    moved.day = day;
    moved.periodId = periodId;
    moved.start = start;
    moved.status = SessionStatus::Planned;
    moved.handPlaced = true;
    moved.exceptionalReason.clear();
    moved.note.clear();
    moved.cancelReason.clear();
    moved.rescheduledTo = 0;
    auto schoolDay = SchoolDayRepository(m_ws.database()).schoolDay();
    if (!schoolDay)
        return schoolDay.error();
    if (const Period *p = schoolDay->byId(periodId); p && p->kind != PeriodKind::Lesson)
        moved.exceptionalReason = tr("Outside teaching hours: moved there by hand after a "
                                     "cancellation");
    return ChangePtr(
        std::make_shared<SessionUpdate>(tr("Move session to %1").arg(Dates::uk(day)),
                                        QList<SessionUpdate::Rewrite>{{*found, *found}}, moved));
}

Result<ChangePtr> SessionUseCases::recordActionStep(qint64 sessionId, const QString &step) const
{
    auto found = session(sessionId);
    if (!found)
        return found.error();
    if (auto ok = SessionRules::canRecordActionStep(*found, step); !ok)
        return ok.error();
    MentoringSession after = *found;
    after.actionStep = SessionRules::actionStepText(step);
    if (after.actionStep.isEmpty())
        after.actionPractised.reset();
    auto change = std::make_shared<SessionUpdate>(tr("Record an action step"),
                                                  QList<SessionUpdate::Rewrite>{{*found, after}});
    change->setMergeKey(kActionStepMergeKey);
    return ChangePtr(change);
}

Result<ChangePtr> SessionUseCases::recordPractised(qint64 sessionId,
                                                   std::optional<bool> practised) const
{
    auto found = session(sessionId);
    if (!found)
        return found.error();
    if (auto ok = SessionRules::canRecordPractised(*found); !ok)
        return ok.error();
    MentoringSession after = *found;
    after.actionPractised = practised;
    auto change = std::make_shared<SessionUpdate>(tr("Record whether the step was practised"),
                                                  QList<SessionUpdate::Rewrite>{{*found, after}});
    change->setMergeKey(kPractisedMergeKey);
    return ChangePtr(change);
}

Result<PlanningJob> SessionUseCases::preparePlan(const DateRange &range) const
{
    return SchedulingService(m_ws.database()).prepare(range);
}

SchedulePlan SessionUseCases::solve(const PlanningJob &job, const std::atomic_bool *cancel)
{
    return SchedulingService::solve(job, cancel);
}

Result<ChangePtr> SessionUseCases::savePlan(const DateRange &range, const SchedulePlan &plan) const
{
    return savePlan(range, std::make_shared<SchedulePlan>(plan));
}

Result<SchedulePlan> SessionUseCases::plan(const DateRange &range, bool save) const
{
    auto job = preparePlan(range);
    if (!job)
        return job.error();
    auto made = std::make_shared<SchedulePlan>(solve(*job));
    if (!save)
        return *made;
    auto change = savePlan(range, made);
    if (!change)
        return change.error();
    if (auto s = m_ws.apply(**change); !s)
        return s.error();
    return *made;
}

Result<ChangePtr> SessionUseCases::savePlan(const DateRange &range,
                                            const std::shared_ptr<SchedulePlan> &saved) const
{
    if (saved->cancelled)
        return Error::refused(tr("Planning was stopped; nothing was changed."));
    // Undo puts back what the scheduler had planned before.
    auto old = inWeeks(range);
    if (!old)
        return old.error();
    QList<MentoringSession> before;
    for (const MentoringSession &s : std::as_const(*old)) {
        if (s.isMovable())
            before.append(s);
    }
    return StepChange::make(
        tr("Plan sessions, %1 to %2").arg(Dates::uk(range.from), Dates::uk(range.to)),
        Topic::Sessions,
        [range, saved](Database &db) { return SchedulingService(db).save(range, *saved); },
        [range, before](Database &db) -> Status {
            SessionRepository repo(db);
            if (auto s = repo.removeMovable(range); !s)
                return s;
            for (const MentoringSession &s : before) {
                if (auto id = repo.insert(s); !id)
                    return id.error();
            }
            return Status::success();
        });
}

} // namespace idesk
