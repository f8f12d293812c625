#pragma once

#include "scheduling/SchedulingProblem.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <optional>
#include <tuple>

// A scheduling problem as 0-1 integer programmes for GLPK's glpsol, the
// independent exact solver the scheduler's optimum is checked against (by
// tst_scheduler_glpk and bench_scheduling).
namespace idesk::glpk {

// The model for one level of the lexicographic objective, with the levels
// before it fixed at their optimum: exact, where one weighted objective
// would meet GLPK's relative tolerances.
inline QString glpkModel(const SchedulingProblem &p, int level, const QList<qint64> &fixed)
{
    QString out;
    QTextStream s(&out);
    QStringList objective, constraints, binaries;
    const auto x = [](int i, int c) {
        return QStringLiteral("x_%1_%2").arg(i).arg(c);
    };
    QHash<int, QSet<qint64>> keys;
    for (const DueItem &d : p.dues)
        for (const Candidate &c : d.candidates)
            keys[d.recurrence].insert(c.slotKey());
    QSet<int> groups;
    for (int i = 0; i < p.dues.size(); ++i) {
        const DueItem &d = p.dues.at(i);
        QStringList sum;
        for (int c = 0; c < d.candidates.size(); ++c) {
            sum << x(i, c);
            binaries << x(i, c);
            const Candidate &cand = d.candidates.at(c);
            if (cand.outsideTeaching)
                objective << QStringLiteral("1 1 %1").arg(x(i, c));
            if (cand.menteePpa)
                objective << QStringLiteral("4 1 %1").arg(x(i, c));
            // Off the usual slot: m_i >= x_ic - y_k,slot(c).
            constraints << QStringLiteral("m_%1 - %2 + y_%3_%4 >= 0")
                               .arg(i)
                               .arg(x(i, c))
                               .arg(d.recurrence)
                               .arg(cand.slotKey());
        }
        objective << QStringLiteral("2 1 m_%1").arg(i);
        objective << QStringLiteral("0 1 u_%1").arg(i);
        // Placed or unplaced when due; neither when the parity excludes it.
        if (d.parityGroup >= 0)
            groups.insert(d.parityGroup);
        const QString placed =
            sum.isEmpty() ? QStringLiteral("0 m_%1").arg(i) : sum.join(QStringLiteral(" + "));
        if (d.parityGroup < 0) {
            constraints << placed + QStringLiteral(" + u_%1 = 1").arg(i);
        } else if (d.parity == 1) {
            constraints << placed + QStringLiteral(" + u_%1 - z_%2 = 0").arg(i).arg(d.parityGroup);
        } else {
            constraints << placed + QStringLiteral(" + u_%1 + z_%2 = 1").arg(i).arg(d.parityGroup);
        }
        binaries << QStringLiteral("u_%1").arg(i);
    }
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        QStringList ys;
        for (qint64 k : it.value()) {
            ys << QStringLiteral("y_%1_%2").arg(it.key()).arg(k);
            binaries << ys.last();
        }
        constraints << ys.join(QStringLiteral(" + ")) + QStringLiteral(" = 1");
    }
    for (int g : std::as_const(groups))
        binaries << QStringLiteral("z_%1").arg(g);
    // One session per person per period: a clique constraint for each
    // person's slot (far tighter for glpsol than pairwise ones).
    QMap<std::tuple<qint64, QDate, qint64>, QStringList> taken;
    for (int i = 0; i < p.dues.size(); ++i) {
        const DueItem &d = p.dues.at(i);
        for (int c = 0; c < d.candidates.size(); ++c) {
            const Candidate &cand = d.candidates.at(c);
            taken[{d.mentorId, cand.date, cand.periodId}] << x(i, c);
            if (d.menteeId != d.mentorId)
                taken[{d.menteeId, cand.date, cand.periodId}] << x(i, c);
        }
        // After the session it must follow: not at or before any of its slots.
        if (d.mustFollow < 0)
            continue;
        const DueItem &before = p.dues.at(d.mustFollow);
        for (int c = 0; c < d.candidates.size(); ++c) {
            QStringList later;
            for (int e = 0; e < before.candidates.size(); ++e) {
                if (d.candidates.at(c).order <= before.candidates.at(e).order)
                    later << x(d.mustFollow, e);
            }
            if (!later.isEmpty())
                constraints << x(i, c) + QStringLiteral(" + ") + later.join(QStringLiteral(" + ")) +
                                   QStringLiteral(" <= 1");
        }
    }
    for (const QStringList &together : std::as_const(taken)) {
        if (together.size() > 1)
            constraints << together.join(QStringLiteral(" + ")) + QStringLiteral(" <= 1");
    }
    int pairIndex = 0;
    for (int i = 0; i < p.dues.size(); ++i) {
        for (int j = 0; j < i; ++j) {
            const DueItem &a = p.dues.at(i), &b = p.dues.at(j);
            if (a.mentorId != b.mentorId)
                continue;
            QSet<QDate> dates;
            for (const Candidate &c : a.candidates)
                dates.insert(c.date);
            for (const QDate &date : std::as_const(dates)) {
                QStringList both;
                for (int c = 0; c < a.candidates.size(); ++c)
                    if (a.candidates.at(c).date == date)
                        both << x(i, c);
                for (int e = 0; e < b.candidates.size(); ++e)
                    if (b.candidates.at(e).date == date)
                        both << x(j, e);
                if (both.size() < 2)
                    continue;
                const QString pv = QStringLiteral("p_%1").arg(pairIndex++);
                objective << QStringLiteral("3 1 %1").arg(pv);
                constraints << pv + QStringLiteral(" - ") + both.join(QStringLiteral(" - ")) +
                                   QStringLiteral(" >= -1");
            }
        }
    }
    // One term per variable and level: GLPK refuses a variable named twice.
    QList<QMap<QString, qint64>> levels(5);
    for (const QString &term : std::as_const(objective))
        levels[term.section(QLatin1Char(' '), 0, 0).toInt()][term.section(QLatin1Char(' '), 2)] +=
            term.section(QLatin1Char(' '), 1, 1).toLongLong();
    const auto expression = [](const QMap<QString, qint64> &terms) {
        QStringList list;
        for (auto it = terms.cbegin(); it != terms.cend(); ++it)
            list << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        return list.isEmpty() ? QStringLiteral("0 u_0") : list.join(QStringLiteral(" + "));
    };
    for (int l = 0; l < level; ++l)
        constraints << expression(levels.at(l)) + QStringLiteral(" = %1").arg(fixed.at(l));
    s << "Minimize\n obj: " << expression(levels.at(level)) << "\nSubject To\n";
    for (int c = 0; c < constraints.size(); ++c)
        s << " c" << c << ": " << constraints.at(c) << '\n';
    s << "Binary\n";
    for (const QString &b : std::as_const(binaries))
        s << ' ' << b << '\n';
    s << "End\n";
    s.flush();
    return out;
}

// The optimum of each level (unplaced, outside teaching, off the usual slot,
// same day, PPA), solving level by level with the ones before fixed; nothing
// when glpsol fails, with why in `error`.
// The models and glpsol's reports are kept in `folder` when one is given.
inline std::optional<QList<qint64>> optimum(const SchedulingProblem &problem, QString *error,
                                            int timeoutMs = 600000, const QString &folder = {})
{
    QTemporaryDir dir;
    const auto path = [&](const QString &name, int level) {
        return folder.isEmpty() ? dir.filePath(name)
                                : folder + QStringLiteral("/level%1-").arg(level) + name;
    };
    QList<qint64> levels;
    for (int level = 0; level < 5; ++level) {
        const QString model = path(QStringLiteral("model.lp"), level);
        const QString report = path(QStringLiteral("out.txt"), level);
        QFile f(model);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = f.errorString();
            return std::nullopt;
        }
        f.write(glpkModel(problem, level, levels).toUtf8());
        f.close();
        QProcess glpsol;
        glpsol.start(QStringLiteral("glpsol"),
                     {QStringLiteral("--lp"), model, QStringLiteral("--cuts"), QStringLiteral("-o"),
                      report});
        if (!glpsol.waitForFinished(timeoutMs) || glpsol.exitCode() != 0) {
            *error = QStringLiteral("level %1: exit %2: ").arg(level).arg(glpsol.exitCode()) +
                     QString::fromUtf8(glpsol.readAllStandardOutput().right(600));
            return std::nullopt;
        }
        QFile r(report);
        if (!r.open(QIODevice::ReadOnly)) {
            *error = r.errorString();
            return std::nullopt;
        }
        const QString text = QString::fromUtf8(r.readAll());
        const auto m =
            QRegularExpression(QStringLiteral("Objective:\\s+obj = (-?[0-9.e+]+)")).match(text);
        if (!m.hasMatch()) {
            *error = text.left(500);
            return std::nullopt;
        }
        levels.append(qint64(std::llround(m.captured(1).toDouble())));
    }
    return levels;
}

// The same optimum found group by group. Sessions that share no person
// share no constraint and the objective is a sum, so the lexicographic
// optimum of the whole is the sum of each group's: exact, and the only way
// glpsol proves a week of a 600-pairing trust in minutes rather than hours.
inline std::optional<QList<qint64>> optimumByGroups(const SchedulingProblem &problem,
                                                    QString *error, int *groupCount = nullptr)
{
    QList<int> parent(problem.dues.size());
    for (int i = 0; i < parent.size(); ++i)
        parent[i] = i;
    const auto find = [&parent](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    QHash<qint64, int> byPerson;
    for (int i = 0; i < problem.dues.size(); ++i) {
        for (qint64 person : {problem.dues.at(i).mentorId, problem.dues.at(i).menteeId}) {
            if (const auto it = byPerson.constFind(person); it != byPerson.cend())
                parent[find(i)] = find(*it);
            else
                byPerson.insert(person, i);
        }
    }
    QMap<int, QList<int>> groups;
    for (int i = 0; i < problem.dues.size(); ++i)
        groups[find(i)].append(i);
    if (groupCount)
        *groupCount = int(groups.size());
    QList<qint64> total(5, 0);
    for (const QList<int> &members : std::as_const(groups)) {
        SchedulingProblem part;
        QHash<int, int> moved;
        for (int i : members) {
            moved.insert(i, int(part.dues.size()));
            DueItem d = problem.dues.at(i);
            d.mustFollow = moved.value(d.mustFollow, -1);
            part.dues.append(d);
        }
        const auto levels = optimum(part, error);
        if (!levels)
            return std::nullopt;
        for (int l = 0; l < 5; ++l)
            total[l] += levels->at(l);
    }
    return total;
}

} // namespace idesk::glpk
