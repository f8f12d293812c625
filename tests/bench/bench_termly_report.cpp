// Benchmark: the whole-school termly summary of a 600-mentee trust, built and
// written to PDF. Target (issue 8): under 1.6 s and under 150 MB peak memory.
// Prints the figures; the figures are not asserted, so a slow machine does
// not fail the build.
#include "reporting/ReportRenderer.h"
#include "reporting/TermlyReportBuilder.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

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

long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int mentees = argc > 1 ? QByteArray(argv[1]).toInt() : 600;
    const FlagInput input = trust(mentees);
    const long before = peakMegabytes();
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
        out << "failed: " << s.error().message << Qt::endl;
        return 1;
    }
    const qint64 total = timer.elapsed();
    out << "termly report, " << mentees << " mentees: content " << built << " ms, content + PDF "
        << total << " ms (" << QFileInfo(pdf).size() / 1024 << " KiB); peak memory "
        << peakMegabytes() << " MB (" << before << " MB before the report). Target: under 1600 ms "
        << "and under 150 MB." << Qt::endl;
    return report.mentees.size() == mentees ? 0 : 1;
}
