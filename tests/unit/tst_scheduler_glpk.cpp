#include "scheduling/Scheduler.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace idesk;

// The scheduler's optimum against an independent exact solver: each generated
// instance is also written as a 0-1 integer programme for GLPK's glpsol, and
// the two objective values must be equal.
class TestSchedulerGlpk : public QObject
{
    Q_OBJECT

    static SchedulingProblem generate(quint32 seed)
    {
        QRandomGenerator rng(seed);
        SchedulingProblem p;
        const QDate monday(2026, 9, 7);
        const int mentors = 1 + int(rng.bounded(2));
        const int weeks = 2 + int(rng.bounded(2));
        int klass = 0, group = 0;
        qint64 person = 100;
        for (int m = 0; m < mentors; ++m) {
            const qint64 mentor = ++person;
            const int mentees = 1 + int(rng.bounded(2));
            for (int e = 0; e < mentees; ++e) {
                const qint64 mentee = ++person;
                const bool fortnightly = rng.bounded(3) == 0;
                const int g = fortnightly ? group++ : -1;
                const int obsClass = klass++, coachClass = klass++;
                for (int w = 0; w < weeks; ++w) {
                    const auto candidates = [&](int count) {
                        QList<Candidate> list;
                        QSet<int> used;
                        while (list.size() < count) {
                            const int day = int(rng.bounded(3)), period = int(rng.bounded(4));
                            if (used.contains(day * 10 + period))
                                continue;
                            used.insert(day * 10 + period);
                            Candidate c;
                            c.date = monday.addDays(7 * w + day);
                            c.periodId = period + 1;
                            c.order = day * 10 + period;
                            c.outsideTeaching = period == 3;
                            c.menteePpa = rng.bounded(4) == 0;
                            list.append(c);
                        }
                        return list;
                    };
                    DueItem obs;
                    obs.unit = w;
                    obs.recurrence = obsClass;
                    obs.parityGroup = g;
                    obs.parity = w % 2;
                    obs.mentorId = mentor;
                    obs.menteeId = mentee;
                    obs.candidates = candidates(int(rng.bounded(4)));
                    const int obsIndex = int(p.dues.size());
                    p.dues.append(obs);
                    DueItem coach = obs;
                    coach.recurrence = coachClass;
                    coach.mustFollow = obsIndex;
                    coach.candidates = candidates(1 + int(rng.bounded(4)));
                    p.dues.append(coach);
                }
            }
        }
        return p;
    }

    // The model for one level of the lexicographic objective, with the levels
    // before it fixed at their optimum: exact, where one weighted objective
    // would meet GLPK's relative tolerances.
    static QString lp(const SchedulingProblem &p, int level, const QList<qint64> &fixed)
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
                constraints << placed +
                                   QStringLiteral(" + u_%1 - z_%2 = 0").arg(i).arg(d.parityGroup);
            } else {
                constraints << placed +
                                   QStringLiteral(" + u_%1 + z_%2 = 1").arg(i).arg(d.parityGroup);
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
        int pairIndex = 0;
        for (int i = 0; i < p.dues.size(); ++i) {
            for (int j = 0; j < i; ++j) {
                const DueItem &a = p.dues.at(i), &b = p.dues.at(j);
                const bool share = a.mentorId == b.mentorId || a.menteeId == b.menteeId;
                for (int c = 0; c < a.candidates.size(); ++c) {
                    for (int e = 0; e < b.candidates.size(); ++e) {
                        const Candidate &ca = a.candidates.at(c), &cb = b.candidates.at(e);
                        const bool clash = share && a.unit == b.unit && ca.date == cb.date &&
                                           ca.periodId == cb.periodId;
                        const bool early = a.mustFollow == j && ca.order <= cb.order;
                        if (clash || early)
                            constraints << x(i, c) + QStringLiteral(" + ") + x(j, e) +
                                               QStringLiteral(" <= 1");
                    }
                }
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
            levels[term.section(QLatin1Char(' '), 0, 0).toInt()]
                  [term.section(QLatin1Char(' '), 2)] +=
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

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("glpsol")).isEmpty())
            QFAIL("glpsol is not installed (Debian glpk-utils; install-deps.sh --test adds it)");
    }

    void optimumEqualsGlpk_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 120; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("instance %1").arg(seed))) << seed;
    }
    void optimumEqualsGlpk()
    {
        QFETCH(quint32, seed);
        const SchedulingProblem problem = generate(seed);
        const SchedulingSolution ours = Scheduler::solve(problem);
        QVERIFY(ours.optimal);
        // Our own placement must be what evaluate() says, and feasible.
        QCOMPARE(Scheduler::evaluate(problem, ours.choice, ours.due), ours.objective);

        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("model.lp"));
        const QString report = dir.filePath(QStringLiteral("out.txt"));
        QList<qint64> glpk;
        for (int level = 0; level < 5; ++level) {
            QFile f(model);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(lp(problem, level, glpk).toUtf8());
            f.close();
            QProcess glpsol;
            glpsol.start(QStringLiteral("glpsol"),
                         {QStringLiteral("--lp"), model, QStringLiteral("-o"), report});
            QVERIFY(glpsol.waitForFinished(60000));
            QVERIFY2(glpsol.exitCode() == 0, glpsol.readAllStandardOutput().right(600).constData());
            QFile r(report);
            QVERIFY(r.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(r.readAll());
            const auto m =
                QRegularExpression(QStringLiteral("Objective:\\s+obj = (-?[0-9.e+]+)")).match(text);
            QVERIFY2(m.hasMatch(), qPrintable(text.left(500)));
            glpk.append(qint64(std::llround(m.captured(1).toDouble())));
        }
        const Objective &o = ours.objective;
        const QList<qint64> mine{o.unplaced, o.outsideTeaching, o.offUsualSlot, o.sameDayPairs,
                                 o.inPpa};
        if (mine != glpk && qEnvironmentVariableIsSet("IDESK_DEBUG")) {
            for (int i = 0; i < problem.dues.size(); ++i) {
                const DueItem &d = problem.dues.at(i);
                QStringList c;
                for (const Candidate &k : d.candidates)
                    c << QStringLiteral("%1%2%3")
                             .arg(k.order)
                             .arg(k.outsideTeaching ? QStringLiteral("o") : QStringLiteral(""))
                             .arg(k.menteePpa ? QStringLiteral("p") : QStringLiteral(""));
                qDebug() << i << "unit" << d.unit << "class" << d.recurrence << "grp"
                         << d.parityGroup << d.parity << "m" << d.mentorId << "e" << d.menteeId
                         << "follow" << d.mustFollow << c << "->" << ours.choice.at(i)
                         << ours.due.at(i);
            }
        }
        QCOMPARE(mine, glpk);
    }
};

QTEST_GUILESS_MAIN(TestSchedulerGlpk)
#include "tst_scheduler_glpk.moc"
