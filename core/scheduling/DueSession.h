#pragma once

#include "domain/MentoringSession.h"

#include <QDate>
#include <QList>

namespace idesk {

// One session a pairing is due in one school week, by the rule set of that
// week: a drop-in observation and a coaching meeting for an ECT (weekly in
// year one, every other school week in year two), the trainee's weekly
// minutes split into sessions.
struct DueSession
{
    qint64 assignmentId = 0;
    qint64 mentorId = 0;
    qint64 menteeId = 0;
    SessionKind kind = SessionKind::Coaching;
    int ordinal = 0; // the first or second ITT session of the week
    int minutes = 0;
    QDate weekMonday;
    QChar weekLabel;   // A or B on a two-week timetable
    QList<QDate> days; // the days of the week it may happen (open, worked, present)
    int cadenceWeeks = 1;
    // Fortnightly sessions: the pair of school weeks they share (one session
    // for both), which of the two this week is, and the group the scheduler
    // chooses one parity for.
    int fortnight = -1;
    int parity = 0;
    int parityGroup = -1;

    bool isFortnightly() const { return cadenceWeeks >= 2; }
};

} // namespace idesk
