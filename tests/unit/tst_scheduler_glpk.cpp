#include "scheduling/Scheduler.h"

#include "GlpkModel.h"

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

        QString error;
        const auto optimum = glpk::optimum(problem, &error, 60000);
        QVERIFY2(optimum, qPrintable(error));
        const QList<qint64> &expected = *optimum;
        const Objective &o = ours.objective;
        const QList<qint64> mine{o.unplaced, o.outsideTeaching, o.offUsualSlot, o.sameDayPairs,
                                 o.inPpa};
        if (mine != expected && qEnvironmentVariableIsSet("IDESK_DEBUG")) {
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
        QCOMPARE(mine, expected);
    }
};

QTEST_GUILESS_MAIN(TestSchedulerGlpk)
#include "tst_scheduler_glpk.moc"
