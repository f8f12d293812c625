// Benchmark: the flags of a trust with years of history (issue 17). A trust
// database of ECTS ECTs in induction and the cohorts before them (six in all,
// about 230,000 sessions at 600), then the flags for the week just gone and
// for the academic year so far, each read from the database as This week and
// `inductiondesk-cli flags` read them. Targets: a week under 50 ms, a year
// under 500 ms, under 200 MB. Prints the figures; they are not asserted, so
// a slow machine does not fail the build.
//
//   bench_flags [ECTS]      (default: 600)
#include "BenchOutput.h"
#include "TrustData.h"

#include "services/FlagService.h"
#include "storage/Database.h"
#include "util/Dates.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTemporaryDir>

using namespace idesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int ects = argc > 1 ? QByteArray(argv[1]).toInt() : 600;
    const QDate today(2026, 11, 25);
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("trust.inductiondesk")));
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    QElapsedTimer timer;
    timer.start();
    int sessions = 0;
    if (auto s = bench::buildTrustDatabase(**db, ects, today, &sessions); !s)
        qFatal("%s", qPrintable(s.error().message));
    bench::out() << "flags: a trust of " << ects << " ECTs in induction, six cohorts, " << sessions
                 << " sessions (built in " << timer.elapsed() << " ms); today " << Dates::uk(today)
                 << Qt::endl;
    const long before = bench::peakMegabytes();

    const FlagService flags(**db);
    const QDate monday = today.addDays(1 - today.dayOfWeek()).addDays(-7);
    const DateRange week{monday, monday.addDays(6)};
    const DateRange year{Dates::academicYearStart(today), today};
    int failures = 0;
    for (const auto &[name, range, target] :
         {std::tuple{QStringLiteral("flags_week"), week, QStringLiteral("50")},
          std::tuple{QStringLiteral("flags_year"), year, QStringLiteral("500")}}) {
        // The first run warms SQLite's page cache, as a running app has it.
        if (auto warm = flags.flags(range, today); !warm)
            qFatal("%s", qPrintable(warm.error().message));
        timer.restart();
        auto list = flags.flags(range, today);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!list) {
            bench::out() << list.error().message << Qt::endl;
            ++failures;
            continue;
        }
        QMap<QString, int> kinds;
        for (const Flag &f : std::as_const(*list))
            if (kinds[Flag::kindKey(f.kind)]++ == 0 && qEnvironmentVariableIsSet("IDESK_DEBUG"))
                bench::out() << f.message << Qt::endl;
        QStringList counts;
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        bench::out() << name << ": " << list->size() << " flags from " << Dates::uk(range.from)
                     << " to " << Dates::uk(range.to) << " (" << counts.join(QStringLiteral(", "))
                     << ")" << Qt::endl;
        timer.restart();
        const auto input = flags.load(today, range);
        const double loadMs = double(timer.nsecsElapsed()) / 1e6;
        bench::out() << "  of which reading the database: " << QString::number(loadMs, 'f', 1)
                     << " ms (" << (input ? input->sessions.size() : 0) << " sessions read)"
                     << Qt::endl;
        bench::line(name, ms, QStringLiteral("ms"), target);
        if (list->isEmpty())
            ++failures; // a trust this size always has gaps: nothing found is a fault
    }
    bench::line(QStringLiteral("flags_peak_memory"), double(bench::peakMegabytes()),
                QStringLiteral("MB"), QStringLiteral("200"));
    bench::out() << "(peak memory before the flags, with the database built: " << before << " MB)"
                 << Qt::endl;
    return failures == 0 ? 0 : 1;
}
