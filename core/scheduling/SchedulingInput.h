#pragma once

#include "calendar/SchoolTime.h"
#include "domain/Absence.h"
#include "domain/BlockedTime.h"
#include "domain/Induction.h"
#include "domain/MentorAssignment.h"
#include "domain/MentoringSession.h"
#include "domain/Person.h"
#include "domain/Placement.h"
#include "policy/RuleSetRegistry.h"

namespace idesk {

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
