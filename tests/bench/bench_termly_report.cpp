// Benchmark: the whole-school termly summary of a 600-mentee trust, built and
// written to PDF, first from data in memory, then through
// `inductiondesk-cli report termly` on a trust database with years of
// history (issues 8 and 17). Targets: under 1.6 s and under 150 MB each.
// Prints the figures; they are not asserted, so a slow machine does not fail
// the build.
//
//   bench_termly_report [MENTEES [ECTS_IN_DATABASE]]     (default: 600 600)
#include "BenchOutput.h"
#include "TrustData.h"

#include "reporting/ReportRenderer.h"
#include "reporting/TermlyReportBuilder.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace idesk;

namespace {
FlagInput trust(int mentees)
{
    const QString year = QStringLiteral("2026-27");
    const DateRange autumn{QDate(2026, 9, 1), QDate(2026, 12, 18)};
    SchoolCalendar calendar({{0, year, TermKind::Autumn, autumn}},
                            {{0,
                              year,
                              ClosureKind::HalfTerm,
                              QStringLiteral("Half term"),
                              {QDate(2026, 10, 26), QDate(2026, 10, 30)}}},
                            {});
    SchoolDay day({{1, QStringLiteral("P1"), QTime(9, 0), QTime(10, 0), PeriodKind::Lesson},
                   {2, QStringLiteral("P2"), QTime(10, 0), QTime(11, 0), PeriodKind::Lesson},
                   {3, QStringLiteral("P3"), QTime(11, 0), QTime(12, 0), PeriodKind::Lesson}});
    ContractedTime contracted;
    for (int d = 1; d <= 5; ++d)
        contracted.byWeekday.insert(d, {QTime(8, 0), QTime(17, 0)});
    QList<TimetableEntry> entries;
    FlagInput in;
    in.school.rules = RuleSetRegistry::shipped();
    qint64 id = 0;
    for (int m = 0; m < mentees; ++m) {
        Person ect;
        ect.id = ++id;
        ect.firstName = QStringLiteral("Ect%1").arg(m);
        ect.lastName = QStringLiteral("Teacher");
        ect.qts = true;
        Person mentor;
        mentor.id = ++id;
        mentor.firstName = QStringLiteral("Mentor%1").arg(m);
        mentor.lastName = QStringLiteral("Teacher");
        mentor.qts = true;
        in.school.people << ect << mentor;
        for (int d = 1; d <= 5; ++d)
            entries.append({ect.id, 0, d, 1, Activity::Teaching, {}});
        Induction i;
        i.id = m + 1;
        i.personId = ect.id;
        i.start = autumn.from;
        i.history.append({0, InductionStatus::Active, autumn.from, {}, {}});
        in.school.inductions.append(i);
        MentorAssignment a;
        a.id = m + 1;
        a.kind = PairingKind::Ect;
        a.mentorId = mentor.id;
        a.menteeId = ect.id;
        a.period = {autumn.from, {}};
        in.school.assignments.append(a);
        // Held every week but one in ten.
        int w = 0;
        for (const QDate &monday : calendar.schoolWeeks(autumn)) {
            if (++w % 10 == m % 10)
                continue;
            for (auto [kind, period, minutes] : {std::tuple{SessionKind::Observation, 1, 15},
                                                 std::tuple{SessionKind::Coaching, 2, 45}}) {
                MentoringSession s;
                s.id = qint64(in.sessions.size()) + 1;
                s.assignmentId = a.id;
                s.kind = kind;
                s.weekMonday = monday;
                s.day = monday.addDays(1);
                s.periodId = period;
                s.start = QTime(8 + period, 0);
                s.minutes = minutes;
                s.status = SessionStatus::Held;
                in.sessions.append(s);
            }
        }
    }
    in.school.time = SchoolTime(calendar, day, contracted, {}, Timetable(1, entries));
    return in;
}

long childPeakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

// The same report through the command line, on a database with history.
int throughCli(int ects)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trust.inductiondesk"));
    {
        auto db = Database::openSqlite(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        int sessions = 0;
        if (auto s = bench::buildTrustDatabase(**db, ects, QDate(2026, 11, 25), &sessions); !s)
            qFatal("%s", qPrintable(s.error().message));
        bench::out() << "report termly through the CLI: a trust database of " << ects
                     << " ECTs in induction, six cohorts, " << sessions << " sessions" << Qt::endl;
    }
    const QString pdf = dir.filePath(QStringLiteral("autumn.pdf"));
    QProcess cli;
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(CLI_PATH),
              {QStringLiteral("report"), QStringLiteral("termly"), QStringLiteral("--term"),
               QStringLiteral("autumn-2026"), QStringLiteral("--pdf"), pdf,
               QStringLiteral("--database"), path});
    if (!cli.waitForFinished(600000) || cli.exitCode() != 0) {
        bench::out() << "inductiondesk-cli failed: " << cli.readAllStandardError() << Qt::endl;
        return 1;
    }
    bench::line(QStringLiteral("termly_report_cli_%1_ects").arg(ects),
                double(timer.nsecsElapsed()) / 1e6, QStringLiteral("ms"), QStringLiteral("1600"));
    bench::line(QStringLiteral("termly_report_cli_peak_memory"), double(childPeakMegabytes()),
                QStringLiteral("MB"), QStringLiteral("150"));
    return QFileInfo(pdf).size() > 0 ? 0 : 1;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int mentees = argc > 1 ? QByteArray(argv[1]).toInt() : 600;
    const int ects = argc > 2 ? QByteArray(argv[2]).toInt() : 600;
    const FlagInput input = trust(mentees);
    const long before = bench::peakMegabytes();
    QElapsedTimer timer;
    timer.start();
    const TermlyReport report =
        TermlyReportBuilder::build(input, QStringLiteral("Northfield Learning Trust"),
                                   {QDate(2026, 9, 1), QDate(2026, 12, 18)},
                                   QStringLiteral("Autumn term 2026-27"), QDate(2026, 12, 21));
    const qint64 built = timer.elapsed();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("trust.pdf"));
    if (auto s = ui::ReportRenderer::writePdf(report, pdf); !s) {
        bench::out() << "failed: " << s.error().message << Qt::endl;
        return 1;
    }
    const double total = double(timer.nsecsElapsed()) / 1e6;
    bench::out() << "termly report, " << mentees << " mentees in memory: content " << built
                 << " ms, " << QFileInfo(pdf).size() / 1024 << " KiB of PDF; " << before
                 << " MB before the report" << Qt::endl;
    bench::line(QStringLiteral("termly_report_%1_mentees").arg(mentees), total,
                QStringLiteral("ms"), QStringLiteral("1600"));
    bench::line(QStringLiteral("termly_report_peak_memory"), double(bench::peakMegabytes()),
                QStringLiteral("MB"), QStringLiteral("150"));
    if (report.mentees.size() != mentees)
        return 1;
    return throughCli(ects);
}
