#include "DemoSchoolTime.h"

#include "storage/Database.h"

#include "calendar/Timetable.h"
#include "storage/CalendarRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/TimetableRepository.h"
#include "util/Dates.h"

#include <array>
#include <numeric>

namespace idesk {

namespace {

QDate weekday(QDate day, int dayOfWeek, int direction)
{
    while (day.dayOfWeek() != dayOfWeek)
        day = day.addDays(direction);
    return day;
}

} // namespace

// The usual English pattern: autumn from the first weekday of September to
// the Friday before 21 December with half term in the last week of October;
// spring from the first Monday after New Year with half term in mid
// February, ending before the week of Good Friday; summer after the two Easter
// weeks, with half term at the Spring bank holiday, ending about 21 July.
DemoSchoolTime::Year DemoSchoolTime::englishYear(QDate yearStart)
{
    const int y = yearStart.year();
    const QString year = Dates::academicYearLabel(yearStart);
    const QDate autumnFrom =
        QDate(y, 9, 1).dayOfWeek() <= 5 ? QDate(y, 9, 1) : weekday(QDate(y, 9, 1), 1, 1);
    const QDate autumnTo = weekday(QDate(y, 12, 20), 5, -1);
    const QDate octHalf = weekday(QDate(y, 10, 31), 1, -1);
    const QDate springFrom = weekday(QDate(y + 1, 1, 4), 1, 1);
    const QDate febHalf = weekday(QDate(y + 1, 2, 12), 1, 1);
    const QDate goodFriday = DemoSchoolTime::easterSunday(y + 1).addDays(-2);
    const QDate easterFrom = weekday(goodFriday, 1, -1);
    const QDate springTo = easterFrom.addDays(-3);
    const QDate summerFrom = easterFrom.addDays(14);
    const QDate mayHalf = weekday(QDate(y + 1, 5, 31), 1, -1);
    const QDate july21(y + 1, 7, 21);
    const QDate summerTo = july21.dayOfWeek() <= 5 ? july21 : weekday(july21, 5, -1);
    const QList<Term> terms{{0, year, TermKind::Autumn, {autumnFrom, autumnTo}},
                            {0, year, TermKind::Spring, {springFrom, springTo}},
                            {0, year, TermKind::Summer, {summerFrom, summerTo}}};
    const auto closure = [&](ClosureKind kind, const QString &name, QDate from, QDate to) {
        return Closure{0, year, kind, name, {from, to}};
    };
    const QString inset = QStringLiteral("INSET day");
    const QList<Closure> closures{
        closure(ClosureKind::Inset, inset, autumnFrom, autumnFrom),
        closure(ClosureKind::Inset, inset, octHalf.addDays(-3), octHalf.addDays(-3)),
        closure(ClosureKind::HalfTerm, QStringLiteral("Autumn half term"), octHalf,
                octHalf.addDays(4)),
        closure(ClosureKind::Holiday, QStringLiteral("Christmas holiday"), autumnTo.addDays(3),
                springFrom.addDays(-3)),
        closure(ClosureKind::Inset, inset, springFrom, springFrom),
        closure(ClosureKind::HalfTerm, QStringLiteral("Spring half term"), febHalf,
                febHalf.addDays(4)),
        closure(ClosureKind::Holiday, QStringLiteral("Easter holiday"), easterFrom,
                easterFrom.addDays(11)),
        closure(ClosureKind::HalfTerm, QStringLiteral("Summer half term"), mayHalf,
                mayHalf.addDays(4)),
        closure(ClosureKind::Inset, inset, mayHalf.addDays(7), mayHalf.addDays(7)),
        closure(ClosureKind::Holiday, QStringLiteral("Summer holiday"), summerTo.addDays(1),
                QDate(y + 1, 8, 31)),
    };
    return {year, terms, closures};
}

QList<Period> DemoSchoolTime::periods()
{
    const auto p = [](const char *name, int h1, int m1, int h2, int m2, PeriodKind kind) {
        return Period{0, QString::fromLatin1(name), QTime(h1, m1), QTime(h2, m2), kind};
    };
    const QList<Period> list{
        p("Before school", 8, 15, 8, 40, PeriodKind::BeforeSchool),
        p("Registration", 8, 40, 9, 0, PeriodKind::Registration),
        p("P1", 9, 0, 10, 0, PeriodKind::Lesson),
        p("P2", 10, 0, 11, 0, PeriodKind::Lesson),
        p("Break", 11, 0, 11, 20, PeriodKind::Break),
        p("P3", 11, 20, 12, 20, PeriodKind::Lesson),
        p("Lunch", 12, 20, 13, 0, PeriodKind::Lunch),
        p("P4", 13, 0, 14, 0, PeriodKind::Lesson),
        p("P5", 14, 0, 15, 0, PeriodKind::Lesson),
        p("After school", 15, 0, 16, 45, PeriodKind::AfterSchool),
    };
    return list;
}

TimeWindow DemoSchoolTime::contractedHours()
{
    return {QTime(8, 15), QTime(16, 45)};
}

namespace {

Status addTerms(Database &db, QDate yearStart)
{
    const DemoSchoolTime::Year year = DemoSchoolTime::englishYear(yearStart);
    return CalendarRepository(db).replaceYear(year.label, year.terms, year.closures);
}

Status addSchoolDay(SchoolDayRepository &repo)
{
    if (auto s = repo.replacePeriods(DemoSchoolTime::periods()); !s)
        return s;
    return repo.setContractedTime({1, 2, 3, 4, 5}, DemoSchoolTime::contractedHours());
}

struct Pattern
{
    const char *code;
    std::array<int, 5> days; // 1 = works that weekday
};

// Part-time staff and the days they work.
constexpr std::array kPartTime{
    Pattern{"PSI", {1, 1, 1, 0, 0}}, Pattern{"CEV", {1, 1, 1, 1, 0}},
    Pattern{"KWI", {0, 1, 1, 1, 0}}, Pattern{"CWO", {0, 1, 1, 1, 1}},
    Pattern{"SCO", {0, 0, 1, 1, 1}},
};

// Teaching load out of 25 lessons a week: ECTs have the 10% reduction and
// 10% PPA, trainees build up to a partial timetable, leaders teach less.
int teachingLoad(const QString &code)
{
    static const QHash<QString, int> load{
        {QStringLiteral("HWA"), 4},  {QStringLiteral("DOK"), 14}, {QStringLiteral("SPA"), 16},
        {QStringLiteral("EBR"), 19}, {QStringLiteral("AMU"), 19}, {QStringLiteral("LCH"), 20},
        {QStringLiteral("PSI"), 19}, {QStringLiteral("OWR"), 12}, {QStringLiteral("HGR"), 10},
        {QStringLiteral("JBA"), 20},
    };
    return load.value(code, 20);
}

// Lessons kept in both weeks so each pairing has somewhere to meet (both
// free) and, for ECTs, a lesson earlier in the week that the mentor can
// drop in on (the ECT teaches, the mentor is free), as a school that plans
// its timetable around induction would: (mentor, mentee, meeting weekday and
// lesson index, observation weekday and lesson index or 0).
struct Protected
{
    const char *mentor;
    const char *mentee;
    int weekday;
    int lesson;
    int observeWeekday;
    int observeLesson;
};
constexpr std::array kProtected{
    Protected{"JHU", "EBR", 2, 2, 1, 0}, Protected{"ROB", "AMU", 3, 3, 1, 1},
    Protected{"TNG", "LCH", 4, 1, 2, 0}, Protected{"TNG", "PSI", 1, 4, 1, 2},
    Protected{"CEV", "OWR", 2, 4, 0, 0}, Protected{"MKH", "HGR", 4, 3, 0, 0},
};

} // namespace

QDate DemoSchoolTime::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

Status DemoSchoolTime::populate(Database &db, const QHash<QString, qint64> &staff, QDate yearStart)
{
    return db.write([&]() -> Status {
        if (auto s = addTerms(db, yearStart); !s)
            return s;
        SchoolDayRepository dayRepo(db);
        if (auto s = addSchoolDay(dayRepo); !s)
            return s;
        auto day = dayRepo.schoolDay();
        if (!day)
            return day.error();
        const QList<Period> lessons = day->lessons();
        const Period *registration = day->byName(QStringLiteral("Registration"));

        QHash<QString, std::array<int, 5>> workDays;
        for (const auto &p : kPartTime) {
            WorkSchedule pattern;
            for (int d = 0; d < 5; ++d) {
                if (p.days[d])
                    pattern.weekdays.insert(d + 1);
            }
            workDays.insert(QString::fromLatin1(p.code), p.days);
            if (auto s =
                    dayRepo.setWorkingPattern(staff.value(QString::fromLatin1(p.code)), pattern);
                !s)
                return s;
        }

        QList<TimetableEntry> entries;
        QStringList codes = staff.keys();
        std::sort(codes.begin(), codes.end());
        quint32 seed = 20260901;
        const auto next = [&seed]() {
            seed = seed * 1664525u + 1013904223u; // a fixed LCG: the same demo every time
            return seed >> 8;
        };
        int person = 0;
        for (const QString &code : std::as_const(codes)) {
            if (code == QLatin1String("MBE"))
                continue; // left the school
            const qint64 id = staff.value(code);
            const std::array<int, 5> works = workDays.value(code, {1, 1, 1, 1, 1});
            for (int week = 0; week < 2; ++week) {
                // Which of the week's lesson deck are taught: a shuffled deck.
                QList<int> deck;
                for (int d = 0; d < 5; ++d) {
                    if (!works[d])
                        continue;
                    for (int l = 0; l < lessons.size(); ++l) {
                        bool kept = false;
                        for (const auto &p : kProtected) {
                            const bool involved =
                                code == QLatin1String(p.mentor) || code == QLatin1String(p.mentee);
                            kept = kept || (involved &&
                                            ((p.weekday == d + 1 && p.lesson == l) ||
                                             (p.observeWeekday == d + 1 && p.observeLesson == l)));
                        }
                        if (!kept)
                            deck.append(d * 10 + l);
                    }
                }
                for (qsizetype i = deck.size() - 1; i > 0; --i)
                    deck.swapItemsAt(i, qsizetype(next() % quint32(i + 1)));
                const int worked = std::accumulate(works.begin(), works.end(), 0);
                const int teach = teachingLoad(code) * worked / 5;
                const int ppa = std::max(1, worked / 2);
                for (qsizetype i = 0; i < deck.size(); ++i) {
                    const int d = deck.at(i) / 10 + 1, l = deck.at(i) % 10;
                    TimetableEntry e{id, week, d, lessons.at(l).id, Activity::Free, {}};
                    if (i < teach) {
                        e.activity = Activity::Teaching;
                        e.classLabel = QStringLiteral("%1%2/%3")
                                           .arg(7 + int(next() % 5))
                                           .arg(QLatin1Char("XYZ"[next() % 3]))
                                           .arg(1 + int(next() % 4));
                    } else if (i < teach + ppa) {
                        e.activity = Activity::Ppa;
                    } else {
                        continue; // free: timetables list what people do
                    }
                    entries.append(e);
                }
                for (const auto &p : kProtected) {
                    if (code == QLatin1String(p.mentor) || code == QLatin1String(p.mentee))
                        entries.append({id,
                                        week,
                                        p.weekday,
                                        lessons.at(p.lesson).id,
                                        Activity::NonContact,
                                        {}});
                    if (p.observeWeekday == 0)
                        continue;
                    const qint64 lesson = lessons.at(p.observeLesson).id;
                    if (code == QLatin1String(p.mentor))
                        entries.append(
                            {id, week, p.observeWeekday, lesson, Activity::NonContact, {}});
                    else if (code == QLatin1String(p.mentee))
                        entries.append({id, week, p.observeWeekday, lesson, Activity::Teaching,
                                        QStringLiteral("8Y/%1").arg(week + 1)});
                }
                for (int d = 0; d < 5; ++d) {
                    if (!works[d]) {
                        for (const auto &period : day->periods())
                            entries.append({id, week, d + 1, period.id, Activity::NotWorking, {}});
                    } else if (registration && person % 3 != 0) {
                        entries.append({id, week, d + 1, registration->id, Activity::Teaching,
                                        QStringLiteral("Form %1").arg(7 + person % 5)});
                    }
                }
            }
            ++person;
        }
        return TimetableRepository(db).replace(entries, 2);
    });
}

} // namespace idesk
