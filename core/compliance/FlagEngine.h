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
    // School days absent in the period that count towards the 30-day rule
    // (statutory family leave does not).
    static int countedAbsenceDays(const FlagInput &input, qint64 personId, const DateRange &period);
    static QStringList excludedAbsenceKinds();
};

} // namespace idesk
