#pragma once

#include "compliance/Flag.h"
#include "domain/MentorTraining.h"
#include "domain/TrainingActivity.h"
#include "scheduling/SchedulingInput.h"

#include <QCoreApplication>
#include <QSet>

namespace idesk {

struct FlagInput
{
    SchedulingInput school; // calendar, timetables, people, pairings, inductions, absences
    QList<MentoringSession> sessions;
    QList<TrainingActivity> training;
    QList<MentorTraining> programmes;
    QSet<qint64> inductionTutors; // on `today`
};

// Every gap in the mentoring over a date range, as a pure function of the
// data, the calendar and the rule set. Weeks are judged once they are over;
// what is due follows the scheduler's rules exactly (so holidays, INSET days,
// bank holidays, non-working days, absences and paused inductions never
// raise a missed session).
class FlagEngine
{
    Q_DECLARE_TR_FUNCTIONS(FlagEngine)
public:
    static QList<Flag> flags(const FlagInput &input, const DateRange &range, QDate today);
    // Only the flags a pairing's sessions decide (missed, short, outside hours):
    // after an edit of some sessions, these are all that can have moved, and
    // `input` need hold only those pairings and their sessions.
    static QList<Flag> sessionFlags(const FlagInput &input, const DateRange &range, QDate today);
    // `before`, which flags(…, range, today) gave, with the session flags of
    // `pairings` worked out again from `input`: after an edit of only those
    // pairings' sessions, what flags(input, range, today) gives.
    static QList<Flag> withSessionFlagsOf(const QList<Flag> &before, const FlagInput &input,
                                          const DateRange &range, QDate today,
                                          const QSet<qint64> &pairings);
    static bool isAboutSessions(FlagKind kind);
    // The order flags are shown in: red first, the latest week first, then
    // by pairing, so the same flags always come in the same order however
    // they were worked out.
    static void order(QList<Flag> &flags);
    // School days absent in the period that count towards the 30-day rule
    // (statutory family leave does not).
    static int countedAbsenceDays(const FlagInput &input, qint64 personId, const DateRange &period);
    static QStringList excludedAbsenceKinds();
};

} // namespace idesk
