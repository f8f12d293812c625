#pragma once

#include "domain/MentoringSession.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

// What may be recorded about a session, and how much of it. Every front end
// and every use case asks here, so a rule is said once and the same refusal
// reads the same in the app and on the command line.
class SessionRules
{
    Q_DECLARE_TR_FUNCTIONS(SessionRules)
public:
    static constexpr int kMaxNote = 500;
    static constexpr int kMaxActionStep = 300;
    static constexpr int kMaxCancelReason = 300;
    static constexpr int kMaxMinutes = 480;

    // Only a coaching meeting agrees an action step and asks about the last.
    static bool takesActionSteps(const MentoringSession &session)
    {
        return session.kind == SessionKind::Coaching;
    }
    // A text longer than `limit` is refused with the field's name and the
    // limit; nothing is ever cut short without a word.
    static Status checkLength(const QString &field, const QString &text, int limit);
    // A session is held on a day that has come (today counts).
    static Status canMarkHeld(const MentoringSession &session, QDate day, int minutes, QDate today);
    // Only a session still to come (today counts) is cancelled, and with a
    // reason: a past one was held or missed, and the record says which.
    static Status canCancel(const MentoringSession &session, const QString &reason, QDate today);
    // A session that did not happen, on a day that has come.
    static Status canMarkMissed(const MentoringSession &session, QDate today);
    // A session recorded as held that did not happen goes back to planned,
    // explicitly, so nothing held is ever cancelled or missed by one click.
    static Status canMarkNotHeld(const MentoringSession &session);
    // One step agreed at a coaching meeting once it has been held.
    static Status canRecordActionStep(const MentoringSession &session, const QString &step);
    static Status canRecordPractised(const MentoringSession &session);
    // Action steps are one short line: runs of white space become one space.
    static QString actionStepText(const QString &step) { return step.simplified(); }
};

} // namespace idesk
