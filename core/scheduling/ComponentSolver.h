#pragma once

#include "scheduling/CostMemo.h"
#include "scheduling/SchedulingProblem.h"

#include <atomic>
#include <map>
#include <vector>

namespace idesk {

// The exact placement of one independent group of people (a mentor and
// their mentees) and the sessions among them. A branch-and-bound chooses the
// fortnightly parities and each recurrence class's usual slot; under each
// choice every week is solved exactly by a bounded depth-first search (one
// session per person per period, the coaching meeting after the observation
// of the same week), and each week's optimum is remembered for the decisions
// that touch it. Nothing here is shared, so groups solve on separate threads.
class ComponentSolver
{
public:
    ComponentSolver(const SchedulingProblem &problem, const QList<int> &dues, qint64 limit,
                    const std::atomic_bool *cancel);

    void solve();
    // Writes this group's placements into the whole problem's solution.
    void writeTo(SchedulingSolution &out) const;
    bool aborted() const { return m_aborted; }

private:
    enum Status : quint8
    {
        Required,
        Optional,
        Excluded
    };
    struct Item
    {
        int due = 0;
        int cls = 0;    // recurrence class, as an index into m_classes
        int group = -1; // parity group, as an index into m_groups
        int parity = 0;
        int follows = -1; // the item of the same week it must come after
        qint64 mentor = 0;
        qint64 mentee = 0;
        int first = 0; // its candidates in the flattened arrays
        int count = 0;
        // Per usual-slot choice of its class: 1 when none of its slots is
        // that slot, 2 + the candidate that is.
        std::vector<int> match;
    };
    struct Week
    {
        std::vector<Item> items; // predecessors before what follows them
        bool packed = true;      // the memo key fits 64 bits
        std::vector<quint64> radix;
        CostMemo memo;
        CostMemo highMemo; // by the items' statuses
        std::map<std::vector<int>, qint64> wideMemo;
    };

    Status status(const Item &item) const;
    qint64 total();
    void search(int depth);
    // The least cost of one week under the current decisions; with `choice`,
    // also where each session goes (its candidate index, or -1).
    qint64 weekCost(Week &week, std::vector<std::pair<const Item *, int>> *choice);
    // The week's least cost in unplaced and outside-teaching sessions alone.
    qint64 highLevels(Week &week);
    // Fills the scratch arrays for one week; returns how many items are due.
    size_t prepare(const Week &week, bool highOnly);
    void place(int j, qint64 cost);

    const SchedulingProblem &m_p;
    qint64 m_limit;
    const std::atomic_bool *m_cancel;
    qint64 m_work = 0;
    bool m_aborted = false;

    std::vector<Week> m_weeks;
    std::vector<int> m_classes, m_groups;
    std::vector<std::vector<qint64>> m_classValues; // slot keys to try as the usual slot
    // Candidates, flattened.
    std::vector<qint64> m_staticCost, m_slotKey, m_day, m_period;
    std::vector<int> m_order;

    std::vector<int> m_anchor, m_bestAnchor; // index into m_classValues, or -1
    std::vector<int> m_parity, m_bestParity;
    qint64 m_best;

    // The week being solved (scratch, reused).
    std::vector<const Item *> m_active;
    std::vector<qint64> m_unplacedCost, m_suffix, m_cost;
    std::vector<size_t> m_start; // each active item's first cost
    std::vector<int> m_sorted, m_assigned, m_bestAssigned;
    qint64 m_weekBest = 0;
    bool m_highOnly = false;

    std::vector<std::pair<int, int>> m_choice;
    std::vector<std::pair<int, bool>> m_due;
};

} // namespace idesk
