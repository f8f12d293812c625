#pragma once

#include "scheduling/DueSession.h"
#include "scheduling/SchedulingInput.h"

#include <QHash>

namespace idesk {

// What is due, said once: which sessions a pairing is entitled to in a
// school week (cadence by year of induction, closures, non-working days,
// absences of either person, a paused induction, the placement's days). The
// scheduler plans these and the flag engine judges them; neither decides it.
// Pure: reads only the input it is given.
class DueSessions
{
public:
    explicit DueSessions(const SchedulingInput &input);

    // What this pairing is due in the school week starting `monday`, counting
    // only the days inside `range`.
    QList<DueSession> forWeek(const MentorAssignment &pairing, QDate monday,
                              const DateRange &range) const;
    // Every pairing, every school week starting within `range`.
    QList<DueSession> inRange(const DateRange &range) const;

private:
    const Induction *inductionOn(qint64 person, QDate day) const;
    bool absent(qint64 person, QDate day) const;
    bool onPlacement(qint64 person, QDate day) const;

    const SchedulingInput &m_in;
    QHash<qint64, QList<const Induction *>> m_inductions;
    QHash<qint64, QList<const Absence *>> m_absences;
    QHash<qint64, QList<const Placement *>> m_placements;
};

} // namespace idesk
