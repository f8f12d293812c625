#include "Scheduler.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>

namespace idesk {

namespace {

constexpr qint64 kInfinity = std::numeric_limits<qint64>::max();

bool sharePerson(const DueItem &a, const DueItem &b)
{
    return a.mentorId == b.mentorId || a.menteeId == b.menteeId || a.mentorId == b.menteeId ||
           a.menteeId == b.mentorId;
}

// One independent group of people and the sessions among them.
class ComponentSolver
{
public:
    ComponentSolver(const SchedulingProblem &problem, const QList<int> &dues, qint64 limit,
                    const std::atomic_bool *cancel)
        : m_p(problem)
        , m_limit(limit)
        , m_cancel(cancel)
    {
        for (int i : dues) {
            m_byUnit[m_p.dues.at(i).unit].append(i);
            const int k = m_p.dues.at(i).recurrence;
            if (!m_classPos.contains(k)) {
                m_classPos.insert(k, int(m_classes.size()));
                m_classes.append(k);
            }
            const int g = m_p.dues.at(i).parityGroup;
            if (g >= 0 && !m_groupPos.contains(g)) {
                m_groupPos.insert(g, int(m_groups.size()));
                m_groups.append(g);
            }
        }
        // Predecessors (observations, first ITT sessions) before what follows them.
        for (auto &items : m_byUnit)
            std::stable_sort(items.begin(), items.end(), [this](int a, int b) {
                return (m_p.dues.at(a).mustFollow >= 0) < (m_p.dues.at(b).mustFollow >= 0);
            });
        m_anchor = QList<qint64>(m_classes.size(), -1);
        m_parity = QList<int>(m_groups.size(), -1);
    }

    void solve(SchedulingSolution &out)
    {
        // Relaxed first pass: no usual slotUse, fortnightly sessions optional.
        // The slotUse it uses most are tried first as each class's usual slot.
        QHash<int, QMap<qint64, int>> use;
        for (auto it = m_byUnit.cbegin(); it != m_byUnit.cend(); ++it) {
            QHash<int, int> choice;
            unitCost(it.key(), &choice);
            for (auto c = choice.cbegin(); c != choice.cend(); ++c) {
                if (c.value() >= 0)
                    use[m_p.dues.at(c.key()).recurrence]
                       [m_p.dues.at(c.key()).candidates.at(c.value()).slotKey()]++;
            }
        }
        for (int k : std::as_const(m_classes)) {
            QMap<qint64, int> keys;
            for (const auto &items : std::as_const(m_byUnit)) {
                for (int i : items) {
                    if (m_p.dues.at(i).recurrence != k)
                        continue;
                    for (const Candidate &c : m_p.dues.at(i).candidates)
                        keys.insert(c.slotKey(), use.value(k).value(c.slotKey()));
                }
            }
            QList<qint64> values = keys.keys();
            std::stable_sort(values.begin(), values.end(),
                             [&](qint64 a, qint64 b) { return keys.value(a) > keys.value(b); });
            m_classValues.append(values);
        }
        search(0);
        // Rebuild the best placement.
        m_anchor = m_bestAnchor;
        m_parity = m_bestParity;
        m_memo.clear();
        for (auto it = m_byUnit.cbegin(); it != m_byUnit.cend(); ++it) {
            QHash<int, int> choice;
            unitCost(it.key(), &choice);
            for (auto c = choice.cbegin(); c != choice.cend(); ++c)
                out.choice[c.key()] = c.value();
            for (int i : it.value())
                out.due[i] = status(i) != Excluded;
        }
        for (qsizetype k = 0; k < m_classes.size(); ++k) {
            if (m_anchor.at(k) >= 0)
                out.usualSlot.insert(m_classes.at(k), m_anchor.at(k));
        }
        if (m_aborted)
            out.optimal = false;
    }

private:
    enum Status
    {
        Required,
        Optional,
        Excluded
    };

    Status status(int i) const
    {
        const DueItem &d = m_p.dues.at(i);
        if (d.parityGroup < 0)
            return Required;
        const int chosen = m_parity.at(m_groupPos.value(d.parityGroup));
        if (chosen < 0)
            return Optional;
        return chosen == d.parity ? Required : Excluded;
    }

    qint64 total()
    {
        qint64 sum = 0;
        for (auto it = m_byUnit.cbegin(); it != m_byUnit.cend(); ++it) {
            const qint64 c = unitCost(it.key(), nullptr);
            if (c == kInfinity)
                return kInfinity;
            sum += c;
            if (sum >= m_best)
                return sum;
        }
        return sum;
    }

    void search(int depth)
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
                m_parity[depth] = value;
                search(depth + 1);
            }
            m_parity[depth] = -1;
            return;
        }
        const int k = depth - groups;
        if (m_classValues.at(k).isEmpty()) {
            search(depth + 1);
            return;
        }
        for (qint64 value : m_classValues.at(k)) {
            m_anchor[k] = value;
            search(depth + 1);
            if (m_aborted)
                break;
        }
        m_anchor[k] = -1;
    }

    // The least cost of one week given the current decisions; with `choice`,
    // also where each session goes.
    qint64 unitCost(int unit, QHash<int, int> *choice)
    {
        const QList<int> items = m_byUnit.value(unit);
        QString key = QString::number(unit);
        QList<int> active;
        QList<qint64> unplacedCost;
        QList<QList<qint64>> base;
        for (int i : items) {
            const Status s = status(i);
            if (s == Excluded)
                continue;
            const DueItem &d = m_p.dues.at(i);
            const qint64 anchor = m_anchor.at(m_classPos.value(d.recurrence));
            key += QLatin1Char('|') + QString::number(i) + QLatin1Char('/') +
                   QString::number(int(s)) + QLatin1Char(':') + QString::number(anchor);
            active.append(i);
            unplacedCost.append(s == Required ? Objective::kUnplaced : 0);
            QList<qint64> costs;
            for (const Candidate &c : d.candidates)
                costs.append((c.outsideTeaching ? Objective::kOutside : 0) +
                             (c.menteePpa ? Objective::kPpa : 0) +
                             (anchor >= 0 && c.slotKey() != anchor ? Objective::kOffSlot : 0));
            base.append(costs);
        }
        if (!choice) {
            if (const auto it = m_memo.constFind(key); it != m_memo.cend())
                return *it;
        }
        const qsizetype n = active.size();
        QList<qint64> suffix(n + 1, 0);
        for (qsizetype j = n - 1; j >= 0; --j) {
            qint64 least = unplacedCost.at(j);
            for (qint64 c : base.at(j))
                least = std::min(least, c);
            suffix[j] = suffix.at(j + 1) + least;
        }
        QList<int> assigned(n, -1), bestAssigned(n, -1);
        qint64 best = kInfinity;
        std::function<void(qsizetype, qint64)> dfs = [&](qsizetype j, qint64 cost) {
            if (++m_work > m_limit || (m_cancel && (m_work & 1023) == 0 && m_cancel->load())) {
                m_aborted = true;
                return;
            }
            if (cost + suffix.at(j) >= best)
                return;
            if (j == n) {
                best = cost;
                bestAssigned = assigned;
                return;
            }
            const DueItem &d = m_p.dues.at(active.at(j));
            QList<int> order(d.candidates.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return base.at(j).at(a) < base.at(j).at(b); });
            for (int c : order) {
                const Candidate &cand = d.candidates.at(c);
                qint64 extra = base.at(j).at(c);
                bool ok = true;
                for (qsizetype e = 0; e < j && ok; ++e) {
                    if (assigned.at(e) < 0)
                        continue;
                    const DueItem &other = m_p.dues.at(active.at(e));
                    const Candidate &oc = other.candidates.at(assigned.at(e));
                    if (oc.date == cand.date && oc.periodId == cand.periodId &&
                        sharePerson(d, other))
                        ok = false;
                    if (d.mustFollow == active.at(e) && cand.order <= oc.order)
                        ok = false;
                    if (oc.date == cand.date && other.mentorId == d.mentorId)
                        extra += Objective::kSameDay;
                }
                if (!ok)
                    continue;
                assigned[j] = c;
                dfs(j + 1, cost + extra);
                if (m_aborted)
                    return;
            }
            assigned[j] = -1;
            dfs(j + 1, cost + unplacedCost.at(j));
        };
        dfs(0, 0);
        if (choice) {
            for (qsizetype j = 0; j < n; ++j)
                choice->insert(active.at(j), bestAssigned.at(j));
        } else if (!m_aborted) {
            m_memo.insert(key, best);
        }
        return best;
    }

    const SchedulingProblem &m_p;
    qint64 m_limit;
    const std::atomic_bool *m_cancel;
    qint64 m_work = 0;
    bool m_aborted = false;
    QHash<int, QList<int>> m_byUnit;
    QList<int> m_classes, m_groups;
    QHash<int, int> m_classPos, m_groupPos;
    QList<QList<qint64>> m_classValues;
    QList<qint64> m_anchor, m_bestAnchor;
    QList<int> m_parity, m_bestParity;
    qint64 m_best = kInfinity;
    QHash<QString, qint64> m_memo;
};

} // namespace

SchedulingSolution Scheduler::solve(const SchedulingProblem &problem, qint64 searchLimit,
                                    const std::atomic_bool *cancel)
{
    SchedulingSolution out;
    const qsizetype n = problem.dues.size();
    out.choice = QList<int>(n, -1);
    out.due = QList<bool>(n, true);
    // Independent groups: sessions joined by the people in them.
    QList<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    std::function<int(int)> find = [&](int x) {
        return parent[x] == x ? x : parent[x] = find(parent[x]);
    };
    QHash<qint64, int> byPerson;
    for (int i = 0; i < n; ++i) {
        for (qint64 person : {problem.dues.at(i).mentorId, problem.dues.at(i).menteeId}) {
            if (const auto it = byPerson.constFind(person); it != byPerson.cend())
                parent[find(i)] = find(*it);
            else
                byPerson.insert(person, i);
        }
    }
    // Recurrence classes and parity groups always lie within one group.
    QMap<int, QList<int>> groups;
    for (int i = 0; i < n; ++i)
        groups[find(i)].append(i);
    for (const QList<int> &dues : std::as_const(groups)) {
        if (cancel && cancel->load()) {
            out.cancelled = true;
            out.optimal = false;
            break;
        }
        ComponentSolver solver(problem, dues, searchLimit, cancel);
        solver.solve(out);
    }
    if (cancel && cancel->load())
        out.cancelled = true;
    out.objective = evaluate(problem, out.choice, out.due);
    return out;
}

Objective Scheduler::evaluate(const SchedulingProblem &problem, const QList<int> &choice,
                              const QList<bool> &due)
{
    Objective o;
    QHash<int, QHash<qint64, int>> slotUse;
    QHash<int, int> placed;
    for (qsizetype i = 0; i < problem.dues.size(); ++i) {
        if (!due.at(i))
            continue;
        const DueItem &d = problem.dues.at(i);
        if (choice.at(i) < 0) {
            ++o.unplaced;
            continue;
        }
        const Candidate &c = d.candidates.at(choice.at(i));
        o.outsideTeaching += c.outsideTeaching ? 1 : 0;
        o.inPpa += c.menteePpa ? 1 : 0;
        slotUse[d.recurrence][c.slotKey()]++;
        placed[d.recurrence]++;
        for (qsizetype j = 0; j < i; ++j) {
            if (!due.at(j) || choice.at(j) < 0)
                continue;
            const DueItem &e = problem.dues.at(j);
            const Candidate &ec = e.candidates.at(choice.at(j));
            if (e.mentorId == d.mentorId && ec.date == c.date)
                ++o.sameDayPairs;
        }
    }
    for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
        int most = 0;
        for (int count : slotUse.value(it.key()))
            most = std::max(most, count);
        o.offUsualSlot += it.value() - most;
    }
    return o;
}

} // namespace idesk
