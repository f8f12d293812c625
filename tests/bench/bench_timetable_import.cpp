// Benchmark: a school's timetables straight from its timetabling program
// (issue 19). A school of N teachers (default 150) on a two-week, five-lesson
// day; their timetables exported as FET's teachers XML, aSc's XML, an MIS
// grid and InductionDesk's CSV; each file read, matched and previewed (the
// plan the wizard shows), then saved through the application layer into a
// fresh copy of the school. Target: under 1 s for read, preview and save.
// Prints the figures; they are not asserted, so a slow machine does not
// fail the build.
//
//   bench_timetable_import [TEACHERS]      (default: 150)
#include "BenchOutput.h"

#include "application/CalendarUseCases.h"
#include "application/Workspace.h"
#include "demo/DemoTimetableExports.h"
#include "storage/PersonRepository.h"
#include "storage/SchoolDayRepository.h"
#include "util/Clock.h"
#include "util/Weekdays.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace idesk;

namespace {
void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray ownCsv(const QList<Person> &people, const SchoolDay &day, const Timetable &timetable)
{
    QByteArray out = "Staff Code,Week,Day,Period,Activity,Class\n";
    for (const Person &p : people) {
        for (const TimetableEntry &e : timetable.entriesOf(p.id))
            out += p.staffCode.toUtf8() + (e.week ? ",B," : ",A,") +
                   weekdayName(e.weekday).toUtf8() + ',' + day.byId(e.periodId)->name.toUtf8() +
                   ',' + Activities::key(e.activity).toUtf8() + ',' + e.classLabel.toUtf8() + '\n';
    }
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int teachers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 150;
    QTemporaryDir dir;
    const FixedClock clock(QDate(2026, 11, 23));
    const QString school = dir.filePath(QStringLiteral("school.inductiondesk"));
    QList<Person> people;
    SchoolDay day;
    {
        auto ws = Workspace::open(school, clock);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        Database &db = (*ws)->database();
        const QList<Period> periods{
            {0, QStringLiteral("Registration"), QTime(8, 40), QTime(9, 0),
             PeriodKind::Registration},
            {0, QStringLiteral("P1"), QTime(9, 0), QTime(10, 0), PeriodKind::Lesson},
            {0, QStringLiteral("P2"), QTime(10, 0), QTime(11, 0), PeriodKind::Lesson},
            {0, QStringLiteral("Break"), QTime(11, 0), QTime(11, 20), PeriodKind::Break},
            {0, QStringLiteral("P3"), QTime(11, 20), QTime(12, 20), PeriodKind::Lesson},
            {0, QStringLiteral("Lunch"), QTime(12, 20), QTime(13, 0), PeriodKind::Lunch},
            {0, QStringLiteral("P4"), QTime(13, 0), QTime(14, 0), PeriodKind::Lesson},
            {0, QStringLiteral("P5"), QTime(14, 0), QTime(15, 0), PeriodKind::Lesson},
        };
        if (!SchoolDayRepository(db).replacePeriods(periods))
            qFatal("no school day");
        day = SchoolDayRepository(db).schoolDay().value();
        static const char *first[] = {"Aisha", "Ben", "Chloe", "Daniel", "Ella", "Farid"};
        static const char *last[] = {"Adams", "Brown", "Clark", "Davies", "Evans", "Fisher"};
        for (int i = 0; i < teachers; ++i) {
            Person p;
            p.staffCode = QStringLiteral("T%1").arg(i, 3, 10, QLatin1Char('0'));
            p.firstName = QLatin1String(first[i % 6]);
            p.lastName = QLatin1String(last[(i / 6) % 6]) + QString::number(i);
            p.employmentStart = QDate(2020, 9, 1);
            p.id = PersonRepository(db).insert(p).value();
            people.append(p);
        }
    }
    // Everyone teaches four lessons in five, has PPA once a week, and one in
    // ten works four days.
    QList<TimetableEntry> entries;
    for (int t = 0; t < people.size(); ++t) {
        const qint64 id = people.at(t).id;
        for (int w = 0; w < 2; ++w) {
            for (int d = 1; d <= 5; ++d) {
                int n = 0;
                for (const Period &p : day.lessons()) {
                    ++n;
                    const int slot = (t + w * 5 + d + n) % 5;
                    if (t % 10 == 0 && d == 5)
                        entries.append({id, w, d, p.id, Activity::NotWorking, {}});
                    else if (slot == 0 && d == (t % 5) + 1)
                        entries.append({id, w, d, p.id, Activity::Ppa, {}});
                    else if (slot != 0)
                        entries.append({id, w, d, p.id, Activity::Teaching,
                                        QStringLiteral("%1X/%2").arg(7 + (t + n) % 7).arg(t)});
                }
            }
        }
    }
    const Timetable timetable(2, entries);
    const DemoTimetableExports exports(people, day, timetable);
    const QList<std::pair<QString, QByteArray>> files{
        {QStringLiteral("fet_teachers.xml"), exports.fetTeachersXml()},
        {QStringLiteral("asc.xml"), exports.ascXml()},
        {QStringLiteral("grid.csv"), exports.misGridCsv()},
        {QStringLiteral("inductiondesk.csv"), ownCsv(people, day, timetable)},
    };
    bench::out() << "Timetable import: " << teachers << " teachers, two weeks, " << entries.size()
                 << " entries" << Qt::endl;
    int copy = 0;
    for (const auto &[name, bytes] : files) {
        const QString path = dir.filePath(name);
        write(path, bytes);
        const QString db = dir.filePath(QStringLiteral("copy%1.inductiondesk").arg(++copy));
        QFile::copy(school, db);
        auto ws = Workspace::open(db, clock);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        CalendarUseCases calendar(**ws);
        QElapsedTimer timer;
        timer.start();
        auto plan = calendar.readTimetables(path);
        if (!plan)
            qFatal("%s", qPrintable(plan.error().message));
        const double read = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        auto change = calendar.importTimetables(*plan);
        if (!change || !(*ws)->apply(**change))
            qFatal("not saved");
        const double saved = double(timer.nsecsElapsed()) / 1e6;
        const QString format = plan->file.format;
        bench::out() << "  " << format << ": " << bytes.size() / 1024 << " KB, "
                     << plan->matchedCount() << " teachers matched, " << plan->import.entries.size()
                     << " entries" << Qt::endl;
        if (plan->matchedCount() != teachers)
            qFatal("%s: only %d teachers matched", qPrintable(format), plan->matchedCount());
        bench::line(QStringLiteral("timetable_read_preview_%1_%2").arg(format).arg(teachers), read,
                    QStringLiteral("ms"), QStringLiteral("-"));
        bench::line(QStringLiteral("timetable_save_%1_%2").arg(format).arg(teachers), saved,
                    QStringLiteral("ms"), QStringLiteral("-"));
        bench::line(QStringLiteral("timetable_import_%1_%2").arg(format).arg(teachers),
                    read + saved, QStringLiteral("ms"), QStringLiteral("1000"));
    }
    bench::line(QStringLiteral("timetable_import_peak_memory"), double(bench::peakMegabytes()),
                QStringLiteral("MB"), QStringLiteral("-"));
    return 0;
}
