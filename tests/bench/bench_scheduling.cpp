// Benchmark: planning a trust's whole academic year (issue 17). A trust of
// SCHOOLS schools with PAIRINGS pairings each, two-week timetables, some
// part-time staff; the year is built into a problem and solved as the app
// does it (SchedulingService::solve's path). Then one week of the same trust
// is solved alone and written as 0-1 programmes for glpsol, whose optimum
// must equal ours. Targets: the year optimal in under 1 s and 200 MB.
// Prints the figures; only a disagreement with glpsol fails the run.
//
//   bench_scheduling [SCHOOLS [PAIRINGS]]     (default: 60 10)
#include "BenchOutput.h"
#include "GlpkModel.h"
#include "TrustData.h"

#include "scheduling/ProblemBuilder.h"
#include "scheduling/Scheduler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

using namespace idesk;

namespace {

// The items of one week, "must follow" links renumbered.
SchedulingProblem weekOf(const SchedulingProblem &year, int unit)
{
    SchedulingProblem week;
    QHash<int, int> moved;
    for (int i = 0; i < year.dues.size(); ++i) {
        if (year.dues.at(i).unit != unit)
            continue;
        moved.insert(i, int(week.dues.size()));
        DueItem d = year.dues.at(i);
        d.mustFollow = moved.value(d.mustFollow, -1);
        week.dues.append(d);
    }
    return week;
}

QList<qint64> levels(const Objective &o)
{
    return {o.unplaced, o.outsideTeaching, o.offUsualSlot, o.sameDayPairs, o.inPpa};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int schools = argc > 1 ? QByteArray(argv[1]).toInt() : 60;
    const int pairings = argc > 2 ? QByteArray(argv[2]).toInt() : 10;
    const QDate yearStart(2026, 9, 1);
    const DateRange year{yearStart, yearStart.addYears(1).addDays(-1)};
    const SchedulingInput input = bench::schedulingTrust(schools, pairings, yearStart);
    bench::out() << "scheduling: " << schools << " schools x " << pairings
                 << " pairings = " << input.assignments.size() << " pairings, "
                 << input.people.size() << " people, " << QThread::idealThreadCount() << " cores"
                 << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    const BuiltProblem built = ProblemBuilder::build(input, year);
    const qint64 builtMs = timer.elapsed();
    const SchedulingSolution solution = Scheduler::solve(built.problem);
    const double yearMs = double(timer.nsecsElapsed()) / 1e6;
    qsizetype due = 0, candidates = 0;
    for (const DueItem &d : built.problem.dues)
        candidates += d.candidates.size();
    for (bool b : solution.due)
        due += b ? 1 : 0;
    bench::out() << "year: " << built.problem.dues.size() << " due items (" << due
                 << " due after fortnight parities), " << candidates << " candidate slots; build "
                 << builtMs << " ms; optimal " << (solution.optimal ? "yes" : "NO")
                 << "; objective " << solution.objective.unplaced << '/'
                 << solution.objective.outsideTeaching << '/' << solution.objective.offUsualSlot
                 << '/' << solution.objective.sameDayPairs << '/' << solution.objective.inPpa
                 << Qt::endl;
    bench::line(QStringLiteral("scheduling_year_%1_pairings").arg(input.assignments.size()), yearMs,
                QStringLiteral("ms"), QStringLiteral("1000"));
    bench::line(QStringLiteral("scheduling_year_peak_memory"), double(bench::peakMegabytes()),
                QStringLiteral("MB"), QStringLiteral("200"));
    int failures = solution.optimal ? 0 : 1;
    if (Scheduler::evaluate(built.problem, solution.choice, solution.due) != solution.objective)
        ++failures;

    // The busiest week: every pairing has its sessions due.
    QHash<int, int> perUnit;
    for (const DueItem &d : built.problem.dues)
        perUnit[d.unit]++;
    int unit = 0;
    for (auto it = perUnit.cbegin(); it != perUnit.cend(); ++it) {
        if (it.value() > perUnit.value(unit) ||
            (it.value() == perUnit.value(unit) && it.key() < unit))
            unit = it.key();
    }
    const SchedulingProblem week = weekOf(built.problem, unit);
    timer.restart();
    const SchedulingSolution ours = Scheduler::solve(week);
    bench::line(QStringLiteral("scheduling_week_%1_items").arg(week.dues.size()),
                double(timer.nsecsElapsed()) / 1e6, QStringLiteral("ms"), QStringLiteral("-"));
    if (QStandardPaths::findExecutable(QStringLiteral("glpsol")).isEmpty()) {
        bench::out() << "glpsol is not installed (Debian glpk-utils): no comparison" << Qt::endl;
        return 1;
    }
    timer.restart();
    QString error;
    QTemporaryDir dir;
    // The week as one model (its first level, for glpsol by hand), and
    // glpsol's optimum found group by group (see optimumByGroups).
    const QString folder = qEnvironmentVariable("IDESK_LP_DIR", dir.path());
    {
        QFile model(folder + QStringLiteral("/week.lp"));
        if (!model.open(QIODevice::WriteOnly) ||
            model.write(glpk::glpkModel(week, 0, {}).toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(model.fileName()));
        bench::out() << "one week as an LP for glpsol: " << model.fileName() << Qt::endl;
    }
    int groups = 0;
    const auto glpk = glpk::optimumByGroups(week, &error, &groups);
    if (!glpk) {
        bench::out() << "glpsol failed: " << error << Qt::endl;
        return 1;
    }
    bench::out() << "glpsol solved the week's " << groups << " independent groups" << Qt::endl;
    bench::line(QStringLiteral("glpsol_week_%1_items").arg(week.dues.size()),
                double(timer.nsecsElapsed()) / 1e6, QStringLiteral("ms"), QStringLiteral("-"));
    const QList<qint64> mine = levels(ours.objective);
    const auto text = [](const QList<qint64> &l) {
        QStringList parts;
        for (qint64 v : l)
            parts << QString::number(v);
        return parts.join(QLatin1Char('/'));
    };
    bench::out() << "week " << unit << " objective: ours " << text(mine) << ", glpsol "
                 << text(*glpk) << (mine == *glpk ? " (equal)" : " (DIFFERENT)") << Qt::endl;
    if (mine != *glpk || !ours.optimal)
        ++failures;
    return failures == 0 ? 0 : 1;
}
