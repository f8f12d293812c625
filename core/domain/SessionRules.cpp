#include "SessionRules.h"

#include "util/Dates.h"

namespace idesk {

Status SessionRules::checkLength(const QString &field, const QString &text, int limit)
{
    if (text.size() <= limit)
        return Status::success();
    return Error::invalid(tr("The %1 is %2 characters long; it can be at most %3. Shorten it and "
                             "try again.")
                              .arg(field)
                              .arg(text.size())
                              .arg(limit));
}

Status SessionRules::canMarkHeld(const MentoringSession &session, QDate day, int minutes,
                                 QDate today)
{
    if (!day.isValid())
        return Error::invalid(tr("Give the day the session was held"));
    if (day > today)
        return Error::refused(tr("The session on %1 is still to come; it can be marked held on "
                                 "that day or later")
                                  .arg(Dates::uk(day)));
    if (minutes <= 0 || minutes > kMaxMinutes)
        return Error::invalid(
            tr("A session lasts between 1 and %1 minutes, not %2").arg(kMaxMinutes).arg(minutes));
    Q_UNUSED(session)
    return Status::success();
}

Status SessionRules::canCancel(const MentoringSession &session, const QString &reason, QDate today)
{
    switch (session.status) {
    case SessionStatus::Cancelled:
        return Error::refused(
            tr("The session on %1 is already cancelled").arg(Dates::uk(session.day)));
    case SessionStatus::Held:
        return Error::refused(tr("The session on %1 is recorded as held, so it cannot be "
                                 "cancelled. If it did not happen, mark it not held first.")
                                  .arg(Dates::uk(session.day)));
    case SessionStatus::Missed:
        return Error::refused(tr("The session on %1 is recorded as missed, so it cannot be "
                                 "cancelled")
                                  .arg(Dates::uk(session.day)));
    case SessionStatus::Planned:
        break;
    }
    if (session.day < today)
        return Error::refused(tr("The session on %1 is in the past, so it cannot be cancelled: "
                                 "mark it held or missed instead")
                                  .arg(Dates::uk(session.day)));
    if (reason.trimmed().isEmpty())
        return Error::invalid(
            tr("Give a reason for cancelling the session on %1").arg(Dates::uk(session.day)));
    return checkLength(tr("reason"), reason.trimmed(), kMaxCancelReason);
}

Status SessionRules::canMarkMissed(const MentoringSession &session, QDate today)
{
    switch (session.status) {
    case SessionStatus::Missed:
        return Error::refused(
            tr("The session on %1 is already marked missed").arg(Dates::uk(session.day)));
    case SessionStatus::Held:
        return Error::refused(tr("The session on %1 is recorded as held. If it did not happen, "
                                 "mark it not held first.")
                                  .arg(Dates::uk(session.day)));
    case SessionStatus::Cancelled:
        return Error::refused(tr("The session on %1 was cancelled, so it cannot also be missed")
                                  .arg(Dates::uk(session.day)));
    case SessionStatus::Planned:
        break;
    }
    if (session.day > today)
        return Error::refused(tr("The session on %1 is still to come; it can be marked missed "
                                 "on that day or later, or cancelled now")
                                  .arg(Dates::uk(session.day)));
    return Status::success();
}

Status SessionRules::canMarkNotHeld(const MentoringSession &session)
{
    if (session.status != SessionStatus::Held)
        return Error::refused(
            tr("The session on %1 is not recorded as held").arg(Dates::uk(session.day)));
    return Status::success();
}

Status SessionRules::canRecordActionStep(const MentoringSession &session, const QString &step)
{
    const QString text = actionStepText(step);
    if (text.size() > kMaxActionStep)
        return Error::invalid(tr("The action step is %1 characters long; keep it to one short "
                                 "step of at most %2")
                                  .arg(text.size())
                                  .arg(kMaxActionStep));
    if (session.kind != SessionKind::Coaching)
        return Error::refused(tr("Action steps are agreed at coaching meetings, and this is "
                                 "a %1")
                                  .arg(SessionKinds::displayName(session.kind).toLower()));
    if (session.status != SessionStatus::Held && !text.isEmpty())
        return Error::refused(
            tr("Mark the coaching meeting as held before recording its action step"));
    return Status::success();
}

Status SessionRules::canRecordPractised(const MentoringSession &session)
{
    if (session.actionStep.isEmpty())
        return Error::refused(tr("That meeting has no action step to have practised"));
    return Status::success();
}

} // namespace idesk
