#include "ComponentSolver.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>

namespace idesk {

namespace {

constexpr qint64 kInfinity = std::numeric_limits<qint64>::max();

} // namespace

ComponentSolver::ComponentSolver(const SchedulingProblem &problem, const QList<int> &dues,
                                 qint64 limit, const std::atomic_bool *cancel)
    : m_p(problem)
    , m_limit(limit)
    , m_cancel(cancel)
    , m_best(kInfinity)
{
    QHash<int, int> classPos, groupPos, weekPos;
    // The position of `key` in order of first appearance, added when new.
    const auto positionOf = [](QHash<int, int> &positions, int key, auto &list, auto &&value) {
        const auto it = positions.constFind(key);
        if (it != positions.cend())
            return *it;
        const int at = int(list.size());
        positions.insert(key, at);
        list.push_back(value);
        return at;
    };
    for (int i : dues) {
        const DueItem &d = m_p.dues.at(i);
        Item item;
        item.due = i;
        item.cls = positionOf(classPos, d.recurrence, m_classes, d.recurrence);
        if (d.parityGroup >= 0)
            item.group = positionOf(groupPos, d.parityGroup, m_groups, d.parityGroup);
        item.parity = d.parity;
        item.follows = d.mustFollow;
        item.mentor = d.mentorId;
        item.mentee = d.menteeId;
        item.first = int(m_staticCost.size());
        item.count = int(d.candidates.size());
        for (const Candidate &c : d.candidates) {
            m_staticCost.push_back((c.outsideTeaching ? Objective::kOutside : 0) +
                                   (c.menteePpa ? Objective::kPpa : 0));
            m_slotKey.push_back(c.slotKey());
            m_day.push_back(c.date.toJulianDay());
            m_period.push_back(c.periodId);
            m_order.push_back(c.order);
        }
        const int w = positionOf(weekPos, d.unit, m_weeks, Week());
        m_weeks[size_t(w)].items.push_back(item);
    }
    for (Week &week : m_weeks) {
        // Predecessors (observations, first ITT sessions) before what follows them.
        std::stable_sort(week.items.begin(), week.items.end(), [](const Item &a, const Item &b) {
            return (a.follows >= 0) < (b.follows >= 0);
        });
    }
    m_anchor.assign(m_classes.size(), -1);
    m_bestAnchor = m_anchor;
    m_parity.assign(m_groups.size(), -1);
    m_bestParity = m_parity;
}

ComponentSolver::Status ComponentSolver::status(const Item &item) const
{
    if (item.group < 0)
        return Required;
    const int chosen = m_parity[size_t(item.group)];
    if (chosen < 0)
        return Optional;
    return chosen == item.parity ? Required : Excluded;
}

void ComponentSolver::solve()
{
    // Relaxed first pass: no usual slots, fortnightly sessions optional. The
    // slots it uses most are tried first as each class's usual slot.
    std::vector<std::map<qint64, int>> use(m_classes.size());
    std::vector<std::pair<const Item *, int>> choice;
    for (Week &week : m_weeks) {
        choice.clear();
        weekCost(week, &choice);
        for (const auto &[item, c] : choice) {
            if (c >= 0)
                use[size_t(item->cls)][m_slotKey[size_t(item->first + c)]]++;
        }
    }
    m_classValues.assign(m_classes.size(), {});
    std::vector<std::map<qint64, int>> keys(m_classes.size());
    for (const Week &week : m_weeks) {
        for (const Item &item : week.items) {
            for (int c = 0; c < item.count; ++c) {
                const qint64 key = m_slotKey[size_t(item.first + c)];
                const auto found = use[size_t(item.cls)].find(key);
                keys[size_t(item.cls)][key] =
                    found == use[size_t(item.cls)].end() ? 0 : found->second;
            }
        }
    }
    for (size_t k = 0; k < m_classes.size(); ++k) {
        std::vector<qint64> &values = m_classValues[k];
        for (const auto &[key, count] : keys[k])
            values.push_back(key);
        std::stable_sort(values.begin(), values.end(),
                         [&](qint64 a, qint64 b) { return keys[k][a] > keys[k][b]; });
    }
    for (Week &week : m_weeks) {
        // The memo key: per item, its status and which of its own slots is
        // the usual one (many usual-slot choices are alike to one week).
        quint64 product = 1;
        for (Item &item : week.items) {
            const std::vector<qint64> &values = m_classValues[size_t(item.cls)];
            item.match.assign(values.size(), 1);
            for (size_t v = 0; v < values.size(); ++v) {
                for (int c = 0; c < item.count; ++c) {
                    if (m_slotKey[size_t(item.first + c)] == values[v])
                        item.match[v] = 2 + c;
                }
            }
            const quint64 radix = 1 + 2 * quint64(item.count + 2);
            week.radix.push_back(radix);
            if (__builtin_mul_overflow(product, radix, &product))
                week.packed = false;
        }
    }
    search(0);
    // Rebuild the best placement.
    m_anchor = m_bestAnchor;
    m_parity = m_bestParity;
    for (Week &week : m_weeks) {
        week.memo.clear();
        week.wideMemo.clear();
        choice.clear();
        weekCost(week, &choice);
        for (const auto &[item, c] : choice)
            m_choice.emplace_back(item->due, c);
        for (const Item &item : week.items)
            m_due.emplace_back(item.due, status(item) != Excluded);
    }
    // Only the placement is kept until it is written: a trust has hundreds
    // of groups waiting for the last to finish.
    std::vector<Week>().swap(m_weeks);
    for (auto *list : {&m_staticCost, &m_slotKey, &m_day, &m_period})
        std::vector<qint64>().swap(*list);
    std::vector<int>().swap(m_order);
}

void ComponentSolver::writeTo(SchedulingSolution &out) const
{
    for (const auto &[due, c] : m_choice)
        out.choice[due] = c;
    for (const auto &[due, isDue] : m_due)
        out.due[due] = isDue;
    for (size_t k = 0; k < m_classes.size(); ++k) {
        if (m_anchor[k] >= 0)
            out.usualSlot.insert(m_classes[k], m_classValues[k][size_t(m_anchor[k])]);
    }
    if (m_aborted)
        out.optimal = false;
}

qint64 ComponentSolver::total()
{
    qint64 sum = 0;
    for (Week &week : m_weeks) {
        const qint64 c = weekCost(week, nullptr);
        if (c == kInfinity)
            return kInfinity;
        sum += c;
        if (sum >= m_best)
            return sum;
    }
    return sum;
}

void ComponentSolver::search(int depth)
{
    if (m_aborted)
        return;
    const qint64 bound = total();
    if (bound >= m_best)
        return;
    const int groups = int(m_groups.size());
    if (depth == groups + int(m_classes.size())) {
        m_best = bound;
        m_bestAnchor = m_anchor;
        m_bestParity = m_parity;
        return;
    }
    if (depth < groups) {
        for (int value : {0, 1}) {
            m_parity[size_t(depth)] = value;
            search(depth + 1);
        }
        m_parity[size_t(depth)] = -1;
        return;
    }
    const size_t k = size_t(depth - groups);
    if (m_classValues[k].empty()) {
        search(depth + 1);
        return;
    }
    for (size_t v = 0; v < m_classValues[k].size(); ++v) {
        m_anchor[k] = int(v);
        search(depth + 1);
        if (m_aborted)
            break;
    }
    m_anchor[k] = -1;
}

qint64 ComponentSolver::weekCost(Week &week, std::vector<std::pair<const Item *, int>> *choice)
{
    quint64 key = 0;
    std::vector<int> wide;
    if (!choice) {
        for (size_t i = 0; i < week.items.size(); ++i) {
            const Item &item = week.items[i];
            const Status s = status(item);
            const int anchor = m_anchor[size_t(item.cls)];
            const int slot = anchor < 0 ? 0 : item.match[size_t(anchor)];
            const int digit = s == Excluded ? 0 : 1 + (s == Required ? 0 : item.count + 2) + slot;
            if (week.packed)
                key = key * week.radix[i] + quint64(digit);
            else
                wide.push_back(digit);
        }
        if (week.packed) {
            if (const qint64 *known = week.memo.find(key))
                return *known;
        } else if (const auto it = week.wideMemo.find(wide); it != week.wideMemo.end()) {
            return it->second;
        }
    }
    // First the week's least unplaced and outside-teaching sessions, which
    // no usual-slot choice changes: any placement worse than that at those
    // levels is cut at once.
    const qint64 high = highLevels(week);
    const size_t active = prepare(week, false);
    m_weekBest = high + qint64(active) * (Objective::kOffSlot + Objective::kPpa) +
                 qint64(active * (active - 1) / 2) * Objective::kSameDay + 1;
    place(0, 0);
    if (choice) {
        for (size_t j = 0; j < active; ++j)
            choice->emplace_back(m_active[j], m_bestAssigned[j]);
    } else if (!m_aborted) {
        if (week.packed)
            week.memo.insert(key, m_weekBest);
        else
            week.wideMemo.emplace(std::move(wide), m_weekBest);
    }
    return m_weekBest;
}

qint64 ComponentSolver::highLevels(Week &week)
{
    quint64 key = 0;
    for (const Item &item : week.items) {
        if (__builtin_mul_overflow(key, quint64(3), &key))
            return 0; // too many to remember: no cut
        key += quint64(status(item));
    }
    if (const qint64 *known = week.highMemo.find(key))
        return *known;
    const size_t active = prepare(week, true);
    Q_UNUSED(active)
    m_weekBest = kInfinity;
    m_highOnly = true;
    place(0, 0);
    m_highOnly = false;
    const qint64 best = m_weekBest;
    if (!m_aborted)
        week.highMemo.insert(key, best);
    return best;
}

size_t ComponentSolver::prepare(const Week &week, bool highOnly)
{
    m_active.clear();
    m_unplacedCost.clear();
    m_cost.clear();
    m_sorted.clear();
    m_start.clear();
    for (const Item &item : week.items) {
        const Status s = status(item);
        if (s == Excluded)
            continue;
        const int anchor = m_anchor[size_t(item.cls)];
        const qint64 anchorKey =
            anchor >= 0 && !highOnly ? m_classValues[size_t(item.cls)][size_t(anchor)] : -1;
        m_active.push_back(&item);
        m_unplacedCost.push_back(s == Required ? Objective::kUnplaced : 0);
        const size_t start = m_cost.size();
        m_start.push_back(start);
        for (int c = 0; c < item.count; ++c) {
            const size_t at = size_t(item.first + c);
            const qint64 base = highOnly
                                    ? m_staticCost[at] / Objective::kOutside * Objective::kOutside
                                    : m_staticCost[at];
            m_cost.push_back(
                base + (anchorKey >= 0 && m_slotKey[at] != anchorKey ? Objective::kOffSlot : 0));
            m_sorted.push_back(c);
        }
        // Cheapest first (few candidates: insertion sort, stable).
        for (size_t a = start + 1; a < m_sorted.size(); ++a) {
            const int c = m_sorted[a];
            size_t b = a;
            for (; b > start && m_cost[start + size_t(m_sorted[b - 1])] > m_cost[start + size_t(c)];
                 --b)
                m_sorted[b] = m_sorted[b - 1];
            m_sorted[b] = c;
        }
    }
    const size_t active = m_active.size();
    m_suffix.assign(active + 1, 0);
    for (size_t j = active; j-- > 0;) {
        qint64 least = m_unplacedCost[j];
        for (int c = 0; c < m_active[j]->count; ++c)
            least = std::min(least, m_cost[m_start[j] + size_t(c)]);
        m_suffix[j] = m_suffix[j + 1] + least;
    }
    m_assigned.assign(active, -1);
    m_bestAssigned.assign(active, -1);
    return active;
}

void ComponentSolver::place(int j, qint64 cost)
{
    if (++m_work > m_limit || (m_cancel && (m_work & 1023) == 0 && m_cancel->load())) {
        m_aborted = true;
        return;
    }
    if (cost + m_suffix[size_t(j)] >= m_weekBest)
        return;
    if (size_t(j) == m_active.size()) {
        m_weekBest = cost;
        m_bestAssigned = m_assigned;
        return;
    }
    const size_t start = m_start[size_t(j)];
    const Item &d = *m_active[size_t(j)];
    for (int s = 0; s < d.count; ++s) {
        const int c = m_sorted[start + size_t(s)];
        const size_t at = size_t(d.first + c);
        qint64 extra = m_cost[start + size_t(c)];
        // Sorted cheapest first: once one cannot beat the best, none after can.
        if (cost + extra + m_suffix[size_t(j) + 1] >= m_weekBest)
            break;
        bool ok = true;
        for (int e = 0; e < j && ok; ++e) {
            const int oc = m_assigned[size_t(e)];
            if (oc < 0)
                continue;
            const Item &other = *m_active[size_t(e)];
            const size_t ot = size_t(other.first + oc);
            const bool sameDay = m_day[ot] == m_day[at];
            const bool share = d.mentor == other.mentor || d.mentee == other.mentee ||
                               d.mentor == other.mentee || d.mentee == other.mentor;
            if (sameDay && m_period[ot] == m_period[at] && share)
                ok = false;
            if (d.follows == other.due && m_order[at] <= m_order[ot])
                ok = false;
            if (sameDay && other.mentor == d.mentor && !m_highOnly)
                extra += Objective::kSameDay;
        }
        if (!ok)
            continue;
        m_assigned[size_t(j)] = c;
        place(j + 1, cost + extra);
        if (m_aborted)
            return;
    }
    m_assigned[size_t(j)] = -1;
    place(j + 1, cost + m_unplacedCost[size_t(j)]);
}

} // namespace idesk
