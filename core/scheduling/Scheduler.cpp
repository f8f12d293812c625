#include "Scheduler.h"

#include "scheduling/ComponentSolver.h"

#include <QHash>
#include <QThread>

#include <algorithm>
#include <functional>
#include <memory>
#include <numeric>
#include <thread>

namespace idesk {

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
    const auto find = [&parent](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
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
    QHash<int, int> groupOf;
    QList<QList<int>> groups;
    for (int i = 0; i < n; ++i) {
        const int root = find(i);
        auto it = groupOf.find(root);
        if (it == groupOf.end()) {
            it = groupOf.insert(root, int(groups.size()));
            groups.append(QList<int>());
        }
        groups[*it].append(i);
    }
    // Largest first, so the threads finish together.
    std::stable_sort(groups.begin(), groups.end(),
                     [](const QList<int> &a, const QList<int> &b) { return a.size() > b.size(); });
    std::vector<std::unique_ptr<ComponentSolver>> solvers(size_t(groups.size()));
    std::atomic_int next{0};
    std::atomic_bool stopped{false};
    const auto work = [&]() {
        for (int g = next++; g < groups.size(); g = next++) {
            if (cancel && cancel->load()) {
                stopped = true;
                return;
            }
            auto solver =
                std::make_unique<ComponentSolver>(problem, groups.at(g), searchLimit, cancel);
            solver->solve();
            solvers[size_t(g)] = std::move(solver);
        }
    };
    const int threads = std::clamp(QThread::idealThreadCount(), 1, int(groups.size()));
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &t : helpers)
        t.join();
    for (const auto &solver : solvers) {
        if (solver)
            solver->writeTo(out);
    }
    if (stopped || (cancel && cancel->load())) {
        out.cancelled = true;
        out.optimal = false;
    }
    out.objective = evaluate(problem, out.choice, out.due);
    return out;
}

Objective Scheduler::evaluate(const SchedulingProblem &problem, const QList<int> &choice,
                              const QList<bool> &due)
{
    Objective o;
    QHash<int, QHash<qint64, int>> slotUse;
    QHash<int, int> placed;
    QHash<QPair<qint64, qint64>, int> mentorDay; // (mentor, day) -> sessions placed
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
        // Each session already placed that day with the same mentor makes a pair.
        o.sameDayPairs += mentorDay[{d.mentorId, c.date.toJulianDay()}]++;
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
