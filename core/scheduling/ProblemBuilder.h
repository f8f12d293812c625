#pragma once

#include "scheduling/SchedulingInput.h"
#include "scheduling/SchedulingProblem.h"

#include <QCoreApplication>

namespace idesk {

// What each due item of a problem stands for.
struct DueInfo
{
    qint64 assignmentId = 0;
    qint64 mentorId = 0;
    qint64 menteeId = 0;
    SessionKind kind = SessionKind::Coaching;
    int ordinal = 0;
    QDate weekMonday;
    QChar weekLabel;
    int minutes = 0;
    QString noSlotReason; // why no slot exists at all, in words
};

struct BuiltProblem
{
    SchedulingProblem problem;
    QList<DueInfo> info;
    QList<QList<QTime>> starts; // per due item, per candidate
};

// Turns the school's data into a scheduling problem for a date range: what
// is due (from the rule set: weekly or fortnightly by year of induction, the
// ITT minutes split into sessions), and every slot each session could take
// under the hard constraints (open days, both working and present, within
// both people's contracted time, free, or teaching for an observation; not
// in breaks or lunch; not blocked; not already booked).
class ProblemBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ProblemBuilder)
public:
    static BuiltProblem build(const SchedulingInput &input, const DateRange &range);
    // Why a due item with slots was left unplaced (they were all taken).
    static QString whyUnplaced(const SchedulingInput &input, const DueInfo &info);
};

} // namespace idesk
