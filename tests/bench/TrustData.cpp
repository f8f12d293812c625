#include "TrustData.h"

#include "demo/DemoSchoolTime.h"
#include "domain/Role.h"
#include "storage/AssignmentRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/InductionRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TimetableRepository.h"

#include <QRandomGenerator>

using namespace idesk;

namespace bench {

namespace {

// A two-week timetable of five lessons a day: 18 taught, 3 PPA, the rest
// free (timetables list what people do, so free lessons have no entry).
QList<TimetableEntry> timetableOf(qint64 person, const QList<qint64> &lessons,
                                  const QSet<int> &workdays, QRandomGenerator &rng)
{
    QList<TimetableEntry> entries;
    for (int week = 0; week < 2; ++week) {
        QList<int> deck;
        for (int d = 1; d <= 5; ++d) {
            if (!workdays.contains(d))
                continue;
            for (int l = 0; l < lessons.size(); ++l)
                deck.append(d * 10 + l);
        }
        for (qsizetype i = deck.size() - 1; i > 0; --i)
            deck.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
        const int teach = int(deck.size()) * 18 / 25, ppa = 3;
        for (qsizetype i = 0; i < deck.size() && i < teach + ppa; ++i) {
            TimetableEntry e{
                person, week, deck.at(i) / 10, lessons.at(deck.at(i) % 10), Activity::Teaching, {}};
            if (i < teach)
                e.classLabel = QStringLiteral("%1%2/%3")
                                   .arg(7 + rng.bounded(5))
                                   .arg(QLatin1Char("XYZ"[rng.bounded(3)]))
                                   .arg(1 + rng.bounded(4));
            else
                e.activity = Activity::Ppa;
            entries.append(e);
        }
    }
    return entries;
}

Person personNamed(qint64 id, const QString &code, const QString &first, int n)
{
    static const char *surnames[] = {"Adams",  "Bhatt", "Carter",  "Dunn",  "Edwards",
                                     "Foster", "Gill",  "Hussain", "Ivers", "Jennings"};
    Person p;
    p.id = id;
    p.staffCode = code;
    p.title = QStringLiteral("Ms");
    p.firstName = first;
    p.lastName = QString::fromLatin1(surnames[n % 10]) + QString::number(n);
    p.trn = QString::number(2000000 + int(id));
    p.email = code.toLower() + QStringLiteral("@trust.example");
    p.qts = true;
    p.employmentStart = QDate(2015, 9, 1);
    return p;
}

QSet<int> fullWeek()
{
    return {1, 2, 3, 4, 5};
}

} // namespace

SchedulingInput schedulingTrust(int schools, int pairings, QDate yearStart)
{
    QRandomGenerator rng(20260901);
    SchedulingInput in;
    in.rules = RuleSetRegistry::shipped();
    QList<Period> periods = DemoSchoolTime::periods();
    QList<qint64> lessons;
    for (int i = 0; i < periods.size(); ++i) {
        periods[i].id = i + 1;
        if (periods.at(i).kind == PeriodKind::Lesson)
            lessons.append(periods.at(i).id);
    }
    QList<Term> terms;
    QList<Closure> closures;
    for (const QDate &start : {yearStart.addYears(-1), yearStart}) {
        const DemoSchoolTime::Year year = DemoSchoolTime::englishYear(start);
        terms += year.terms;
        closures += year.closures;
    }
    ContractedTime contracted;
    for (int d = 1; d <= 5; ++d)
        contracted.byWeekday.insert(d, DemoSchoolTime::contractedHours());
    QHash<qint64, WorkSchedule> patterns;
    QList<TimetableEntry> entries;
    qint64 id = 0;
    const auto addPerson = [&](const QString &role, int school) {
        ++id;
        Person p = personNamed(id, QStringLiteral("S%1").arg(id), role, school);
        QSet<int> days = fullWeek();
        if (id % 8 == 0) { // part-time: not on Fridays
            days.remove(5);
            patterns.insert(id, WorkSchedule{days, std::nullopt});
            p.fte = 0.8;
            p.workingPattern = WorkingPattern::PartTime;
        }
        entries += timetableOf(id, lessons, days, rng);
        in.people.append(p);
        return id;
    };
    qint64 pairing = 0;
    for (int s = 0; s < schools; ++s) {
        qint64 mentor = 0;
        for (int k = 0; k < pairings; ++k) {
            const bool itt = k >= pairings - 2 && pairings > 2;
            if (itt || k % 2 == 0)
                mentor = addPerson(QStringLiteral("Mentor"), s);
            const qint64 mentee =
                addPerson(itt ? QStringLiteral("Trainee") : QStringLiteral("Ect"), s);
            MentorAssignment a;
            a.id = ++pairing;
            a.mentorId = mentor;
            a.menteeId = mentee;
            a.kind = itt ? PairingKind::Itt : PairingKind::Ect;
            if (itt) {
                // Two placements: autumn and spring.
                const DateRange placement =
                    k % 2 == 0 ? DateRange{yearStart.addDays(35), QDate(yearStart.year(), 12, 11)}
                               : DateRange{QDate(yearStart.year() + 1, 1, 11),
                                           QDate(yearStart.year() + 1, 3, 26)};
                in.placements.append({0, mentee, QStringLiteral("Trust SCITT"), placement});
                a.period = {placement.from, {}};
            } else {
                // Year-one ECTs start this September, year-two ECTs started last.
                Induction i;
                i.id = a.id;
                i.personId = mentee;
                i.start = k % 4 < 2 ? yearStart : yearStart.addYears(-1);
                i.history.append({0, InductionStatus::Active, i.start, {}, {}});
                in.inductions.append(i);
                a.period = {i.start, {}};
            }
            in.assignments.append(a);
        }
    }
    in.time = SchoolTime(SchoolCalendar(terms, closures, {}), SchoolDay(periods), contracted,
                         patterns, Timetable(2, entries));
    return in;
}

Status buildTrustDatabase(Database &db, int ects, QDate today, int *sessionCount)
{
    QRandomGenerator rng(20211201);
    const QDate thisYear(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1);
    const int cohortSize = std::max(1, ects / 2);
    int written = 0;
    const Status result = db.write([&]() -> Status {
        if (auto s = SchoolRepository(db).setSchool(
                {QStringLiteral("149999"), QStringLiteral("Northfield Learning Trust")});
            !s)
            return s;
        CalendarRepository calendar(db);
        QList<Term> terms;
        QList<Closure> closures;
        for (int y = -5; y <= 1; ++y) {
            const DemoSchoolTime::Year year = DemoSchoolTime::englishYear(thisYear.addYears(y));
            if (auto s = calendar.replaceYear(year.label, year.terms, year.closures); !s)
                return s;
            terms += year.terms;
            closures += year.closures;
        }
        SchoolDayRepository days(db);
        if (auto s = days.replacePeriods(DemoSchoolTime::periods()); !s)
            return s;
        if (auto s = days.setContractedTime({1, 2, 3, 4, 5}, DemoSchoolTime::contractedHours()); !s)
            return s;
        auto day = days.schoolDay();
        if (!day)
            return day.error();
        QList<qint64> lessons;
        for (const Period &p : day->lessons())
            lessons.append(p.id);

        PersonRepository people(db);
        if (auto s = people.beginBatch(); !s)
            return s;
        QList<qint64> mentors;
        QList<TimetableEntry> entries;
        for (int m = 0; m < cohortSize * 2; ++m) {
            Person mentor = personNamed(0, QStringLiteral("M%1").arg(m, 5, 10, QLatin1Char('0')),
                                        QStringLiteral("Mentor"), m);
            mentor.trn = QString::number(2000000 + m);
            auto id = people.insert(mentor);
            if (!id)
                return id.error();
            mentors.append(*id);
            entries += timetableOf(*id, lessons, fullWeek(), rng);
        }
        if (auto s = RoleRepository(db).add(
                {0, mentors.first(), Role::InductionTutor, {thisYear.addYears(-6), {}}});
            !s)
            return s.error();
        InductionRepository inductions(db);
        AssignmentRepository assignments(db);
        SessionRepository sessions(db);
        const auto school = SchoolCalendar(terms, closures, {});
        for (int c = 0; c < 6; ++c) {
            const QDate start = thisYear.addYears(c - 5);
            const QDate end = QDate(start.year() + 2, 7, 20);
            for (int e = 0; e < cohortSize; ++e) {
                const int n = c * cohortSize + e;
                Person p = personNamed(0, QStringLiteral("E%1").arg(n, 5, 10, QLatin1Char('0')),
                                       QStringLiteral("Ect"), n);
                p.employmentStart = start;
                p.trn = QString::number(3000000 + n);
                auto person = people.insert(p);
                if (!person)
                    return person.error();
                const bool current = end >= today;
                if (current)
                    entries += timetableOf(*person, lessons, fullWeek(), rng);
                Induction i;
                i.personId = *person;
                i.start = start;
                i.appropriateBody = QStringLiteral("Northfield Teaching School Hub");
                auto induction = inductions.insert(i);
                if (!induction)
                    return induction.error();
                if (!current) {
                    if (auto done = inductions.addStatusChange(
                            *induction, {0, InductionStatus::Completed, end, {}, {}});
                        !done)
                        return done.error();
                }
                MentorAssignment a;
                a.kind = PairingKind::Ect;
                a.mentorId = mentors.at((e + c * 7) % mentors.size());
                a.menteeId = *person;
                a.period = {start, current ? QDate() : end};
                auto pairing = assignments.insert(a, start);
                if (!pairing)
                    return pairing.error();
                // Weekly in year one, fortnightly in year two, on a day and
                // lesson of their own; a few missed or cancelled.
                int week = 0;
                for (const QDate &monday : school.schoolWeeks({start, end})) {
                    ++week;
                    const bool yearTwo = monday >= start.addYears(1);
                    if (yearTwo && week % 2 == 1)
                        continue;
                    for (const auto &[kind, dayIndex, lesson, minutes] :
                         {std::tuple{SessionKind::Observation, 1 + e % 2, e % 5, 60},
                          std::tuple{SessionKind::Coaching, 3 + e % 2, (e + 2) % 5, 45}}) {
                        MentoringSession s;
                        s.assignmentId = *pairing;
                        s.kind = kind;
                        s.weekMonday = monday;
                        s.day = monday.addDays(dayIndex);
                        // INSET days and bank holidays: the next open day that week.
                        while (!school.isOpen(s.day) && s.day.dayOfWeek() < 5)
                            s.day = s.day.addDays(1);
                        if (!school.isOpen(s.day))
                            continue;
                        s.periodId = lessons.at(lesson);
                        s.start = day->byId(s.periodId)->start;
                        s.minutes = minutes;
                        if (s.day < today) {
                            const quint32 roll = rng.bounded(40);
                            s.status = roll == 0   ? SessionStatus::Missed
                                       : roll == 1 ? SessionStatus::Cancelled
                                                   : SessionStatus::Held;
                            if (s.status == SessionStatus::Cancelled)
                                s.cancelReason = QStringLiteral("Mentor on a school trip");
                            if (s.status == SessionStatus::Held && kind == SessionKind::Coaching)
                                s.note = QStringLiteral("Worked on questioning to check "
                                                        "understanding before moving on.");
                        }
                        if (auto id = sessions.insert(s); !id)
                            return id.error();
                        ++written;
                    }
                }
            }
        }
        return TimetableRepository(db).replace(entries, 2);
    });
    if (sessionCount)
        *sessionCount = written;
    return result;
}

} // namespace bench
