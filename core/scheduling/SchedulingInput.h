#pragma once

#include "calendar/SchoolTime.h"
#include "domain/Induction.h"
#include "domain/MentorAssignment.h"
#include "domain/Person.h"
#include "domain/Placement.h"
#include "policy/RuleSetRegistry.h"
#include "scheduling/MentoringSession.h"

namespace idesk {

struct Absence
{
    qint64 id = 0;
    qint64 personId = 0;
    DateRange period;
    QString kind; // "sickness", "training", "maternity", ...
};

// A time nobody (personId 0) or one person can be booked: provider
// conferences, clinics, training days.
struct BlockedTime
{
    qint64 id = 0;
    qint64 personId = 0;
    QDate day;
    QTime start;
    QTime end;
    QString reason;
};

// Everything the scheduler reads, gathered once.
struct SchedulingInput
{
    SchoolTime time;
    RuleSetRegistry rules;
    QList<Person> people;
    QList<MentorAssignment> assignments;
    QList<Induction> inductions;
    QList<Placement> placements;
    QList<Absence> absences;
    QList<BlockedTime> blocked;
    QList<MentoringSession> kept; // sessions that stay where they are
};

} // namespace idesk
