#pragma once

#include "scheduling/SchedulingProblem.h"

#include <atomic>

namespace idesk {

// Places due sessions optimally for the lexicographic Objective. The people
// form independent groups (a mentor and their mentees); in each, a
// branch-and-bound chooses the fortnightly parities and each recurrence
// class's usual slot, and for each choice every week is solved exactly by a
// bounded depth-first search (hard constraints: one session per person per
// period, the coaching meeting after the observation of the same week).
class Scheduler
{
public:
    static SchedulingSolution solve(const SchedulingProblem &problem,
                                    qint64 searchLimit = 20'000'000,
                                    const std::atomic_bool *cancel = nullptr);
    // The objective of a given placement (used to check solutions).
    static Objective evaluate(const SchedulingProblem &problem, const QList<int> &choice,
                              const QList<bool> &due);
};

} // namespace idesk
