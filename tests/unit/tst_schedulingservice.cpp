#include "TestDatabase.h"
#include "scheduling/InductionYear.h"
#include "services/SchedulingService.h"
#include "storage/AssignmentRepository.h"
#include "storage/AvailabilityRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/InductionRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/SchoolTimeLoader.h"
#include "storage/SessionRepository.h"
#include "storage/TimetableRepository.h"

#include <QTest>

using namespace idesk;

// A small school built to have one best answer per test: three lessons and
// an after-school period, six weeks of autumn term, one mentor and one ECT.
class TestSchedulingService : public QObject
{
    Q_OBJECT

    struct School
    {
        TestDatabase t;
        qint64 mentor = 0, ect = 0, pairing = 0;
        QHash<QString, qint64> period;
        const DateRange term{QDate(2026, 9, 7), QDate(2026, 10, 16)};

        explicit School(QDate inductionStart = QDate(2026, 9, 1))
        {
            mentor = t.addPerson(QStringLiteral("MEN"));
            ect = t.addPerson(QStringLiteral("ECT"));
            const QList<Period> periods{
                {0, QStringLiteral("P1"), QTime(9, 0), QTime(10, 0), PeriodKind::Lesson},
                {0, QStringLiteral("P2"), QTime(10, 0), QTime(11, 0), PeriodKind::Lesson},
                {0, QStringLiteral("P3"), QTime(11, 0), QTime(12, 0), PeriodKind::Lesson},
                {0, QStringLiteral("Lunch"), QTime(12, 0), QTime(13, 0), PeriodKind::Lunch},
                {0, QStringLiteral("After"), QTime(15, 0), QTime(16, 0), PeriodKind::AfterSchool},
            };
            SchoolDayRepository day(t.db());
            check(day.replacePeriods(periods));
            check(day.setContractedTime({1, 2, 3, 4, 5}, {QTime(8, 30), QTime(16, 30)}));
            const SchoolDay schoolDay = day.schoolDay().value();
            for (const Period &p : schoolDay.periods())
                period.insert(p.name, p.id);
            check(CalendarRepository(t.db()).replaceYear(
                QStringLiteral("2026-27"), {{0, QStringLiteral("2026-27"), TermKind::Autumn, term}},
                {}));
            Induction i;
            i.personId = ect;
            i.start = inductionStart;
            i.history.append({0, InductionStatus::Active, inductionStart, {}, {}});
            const auto id = InductionRepository(t.db()).insert(i);
            QVERIFY(id);
            MentorAssignment a;
            a.kind = PairingKind::Ect;
            a.mentorId = mentor;
            a.menteeId = ect;
            a.period = {QDate(2026, 9, 1), {}};
            pairing = AssignmentRepository(t.db()).insert(a, QDate(2026, 9, 1)).value();
        }
        static void check(const Status &s)
        {
            if (!s)
                qFatal("%s", qPrintable(s.error().message));
        }
        // Everyone teaches every lesson except where `free` says.
        void timetable(const QHash<qint64, QStringList> &free, const QStringList &ppa = {})
        {
            QList<TimetableEntry> entries;
            for (qint64 person : {mentor, ect}) {
                for (int d = 1; d <= 5; ++d) {
                    for (const char *p : {"P1", "P2", "P3"}) {
                        const QString cell = QStringLiteral("%1 %2").arg(d).arg(QLatin1String(p));
                        Activity a =
                            free.value(person).contains(cell) ? Activity::Free : Activity::Teaching;
                        if (person == ect && ppa.contains(cell))
                            a = Activity::Ppa;
                        entries.append({person, 0, d, period.value(QLatin1String(p)), a, {}});
                    }
                }
            }
            check(TimetableRepository(t.db()).replace(entries, 1));
        }
        SchedulePlan plan(bool save = true)
        {
            auto p = SchedulingService(t.db()).plan(term, save);
            if (!p)
                qFatal("%s", qPrintable(p.error().message));
            return *p;
        }
    };

    static QString slot(const MentoringSession &s)
    {
        return QStringLiteral("%1 %2")
            .arg(s.day.dayOfWeek())
            .arg(s.start.toString(QStringLiteral("HH:mm")));
    }

private slots:
    void observationThenCoachingInTeachingHoursSameSlotEveryWeek()
    {
        School s;
        // The observation can be Mon P1 or Wed P3; coaching after it can be
        // Tue P2 (a lesson both have free) or after school. Only Mon P1 then
        // Tue P2 keeps both in teaching hours.
        s.timetable(
            {{s.mentor, {QStringLiteral("1 P1"), QStringLiteral("2 P2"), QStringLiteral("3 P3")}},
             {s.ect, {QStringLiteral("2 P2")}}});
        const SchedulePlan plan = s.plan();
        QVERIFY(plan.optimal);
        QCOMPARE(plan.unplaced.size(), 0);
        QCOMPARE(plan.planned.size(), 12); // six weeks, two sessions each
        for (const MentoringSession &m : plan.planned) {
            if (m.kind == SessionKind::Observation) {
                QCOMPARE(slot(m), QStringLiteral("1 09:00"));
                QCOMPARE(m.minutes, 15);
            } else {
                QCOMPARE(slot(m), QStringLiteral("2 10:00"));
                QCOMPARE(m.minutes, 45);
            }
            QVERIFY(m.exceptionalReason.isEmpty());
        }
        QCOMPARE(SessionRepository(s.t.db()).inWeeks(s.term)->size(), 12);
    }

    void afterSchoolOnlyWhenNothingElseAndSaysWhy()
    {
        School s;
        s.timetable({{s.mentor, {QStringLiteral("1 P1")}}, {s.ect, {}}});
        const SchedulePlan plan = s.plan(false);
        QCOMPARE(plan.unplaced.size(), 0);
        for (const MentoringSession &m : plan.planned) {
            if (m.kind == SessionKind::Coaching) {
                QCOMPARE(m.start, QTime(15, 0));
                QVERIFY(m.exceptionalReason.startsWith(QLatin1String("Outside teaching hours")));
            }
        }
        QCOMPARE(plan.objective.outsideTeaching, 6);
    }

    void ectPpaLeftAloneWhenOtherTimeExists()
    {
        School s;
        s.timetable(
            {{s.mentor, {QStringLiteral("1 P1"), QStringLiteral("2 P2"), QStringLiteral("4 P2")}},
             {s.ect, {QStringLiteral("4 P2")}}},
            {QStringLiteral("2 P2")});
        const SchedulePlan plan = s.plan(false);
        for (const MentoringSession &m : plan.planned) {
            if (m.kind == SessionKind::Coaching)
                QCOMPARE(slot(m), QStringLiteral("4 10:00"));
        }
        QCOMPARE(plan.objective.inPpa, 0);
    }

    void noSharedTimeIsExplained()
    {
        School s;
        s.timetable({{s.mentor, {QStringLiteral("1 P1")}}, {s.ect, {}}});
        WorkSchedule hours;
        hours.weekdays = {1, 2, 3, 4, 5};
        hours.hours = TimeWindow{QTime(8, 30), QTime(15, 0)}; // the mentor leaves at three
        School::check(SchoolDayRepository(s.t.db()).setWorkingPattern(s.mentor, hours));
        const SchedulePlan plan = s.plan(false);
        QCOMPARE(plan.unplaced.size(), 6);
        QVERIFY2(plan.unplaced.first().reason.contains(
                     QLatin1String("share no free period within contracted time in the week of "
                                   "07/09/2026 (week A)")),
                 qPrintable(plan.unplaced.first().reason));
        // Never outside anyone's contracted time: nothing after 15:00.
        for (const MentoringSession &m : plan.planned)
            QVERIFY(m.start.addSecs(60 * m.minutes) <= QTime(15, 0));
    }

    void closuresAbsencesAndPausesLiftTheWeek()
    {
        School s;
        s.timetable({{s.mentor, {QStringLiteral("1 P1"), QStringLiteral("2 P2")}},
                     {s.ect, {QStringLiteral("2 P2")}}});
        // Week 2 closed all week, the ECT absent in week 3, induction paused in week 4.
        School::check(CalendarRepository(s.t.db()).replaceYear(
            QStringLiteral("2026-27"), {{0, QStringLiteral("2026-27"), TermKind::Autumn, s.term}},
            {{0,
              QStringLiteral("2026-27"),
              ClosureKind::Other,
              QStringLiteral("Closed"),
              {QDate(2026, 9, 14), QDate(2026, 9, 18)}}}));
        QVERIFY(AvailabilityRepository(s.t.db()).addAbsence(
            {0, s.ect, {QDate(2026, 9, 21), QDate(2026, 9, 25)}, QStringLiteral("sickness")}));
        const qint64 induction = InductionRepository(s.t.db()).forPerson(s.ect)->first().id;
        QVERIFY(InductionRepository(s.t.db()).addStatusChange(
            induction,
            {0, InductionStatus::Paused, QDate(2026, 9, 28), QStringLiteral("other"), {}}));
        QVERIFY(InductionRepository(s.t.db()).addStatusChange(
            induction, {0, InductionStatus::Active, QDate(2026, 10, 5), {}, {}}));
        const SchedulePlan plan = s.plan(false);
        QCOMPARE(plan.unplaced.size(), 0);
        QSet<QDate> weeks;
        for (const MentoringSession &m : plan.planned)
            weeks.insert(m.weekMonday);
        QCOMPARE(weeks, (QSet<QDate>{QDate(2026, 9, 7), QDate(2026, 10, 5), QDate(2026, 10, 12)}));
    }

    void blockedTimesAreNeverUsed()
    {
        School s;
        s.timetable(
            {{s.mentor, {QStringLiteral("1 P1"), QStringLiteral("2 P2"), QStringLiteral("4 P2")}},
             {s.ect, {QStringLiteral("2 P2"), QStringLiteral("4 P2")}}});
        // A provider conference for the ECT on every Tuesday morning of the term.
        for (QDate d = s.term.from.addDays(1); d <= s.term.to; d = d.addDays(7))
            QVERIFY(AvailabilityRepository(s.t.db()).addBlockedTime(
                {0, s.ect, d, QTime(9, 0), QTime(12, 0), QStringLiteral("Provider conference")}));
        const SchedulePlan plan = s.plan(false);
        QCOMPARE(plan.unplaced.size(), 0);
        for (const MentoringSession &m : plan.planned) {
            QVERIFY(m.day.dayOfWeek() != 2 || m.start >= QTime(12, 0));
            if (m.kind == SessionKind::Coaching)
                QCOMPARE(slot(m), QStringLiteral("4 10:00"));
        }
    }

    void yearTwoIsFortnightly()
    {
        School s(QDate(2025, 9, 1)); // a year served: year two
        s.timetable({{s.mentor, {QStringLiteral("1 P1"), QStringLiteral("2 P2")}},
                     {s.ect, {QStringLiteral("2 P2")}}});
        const SchedulePlan plan = s.plan(false);
        QCOMPARE(plan.planned.size(), 6); // three fortnights of two sessions
        QSet<QDate> weeks;
        for (const MentoringSession &m : plan.planned)
            weeks.insert(m.weekMonday);
        QCOMPARE(weeks.size(), 3);
    }

    void inductionYearFromTermsServed_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<double>("fte");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("year");
        QTest::newRow("first term") << QDate(2026, 9, 1) << 1.0 << QDate(2026, 11, 23) << 1;
        QTest::newRow("a year on") << QDate(2025, 9, 1) << 1.0 << QDate(2026, 9, 8) << 2;
        // Half time: three terms take a year and a half.
        QTest::newRow("part-time, a year on") << QDate(2025, 9, 1) << 0.5 << QDate(2026, 9, 8) << 1;
        QTest::newRow("part-time, two years") << QDate(2024, 9, 1) << 0.5 << QDate(2026, 9, 8) << 2;
        // Three terms from January: spring, summer, then autumn must be served whole.
        QTest::newRow("January start, autumn")
            << QDate(2026, 1, 5) << 1.0 << QDate(2026, 11, 23) << 1;
        QTest::newRow("January start, January")
            << QDate(2026, 1, 5) << 1.0 << QDate(2027, 1, 11) << 2;
    }
    void inductionYearFromTermsServed()
    {
        QFETCH(QDate, start);
        QFETCH(double, fte);
        QFETCH(QDate, day);
        QFETCH(int, year);
        Induction i;
        i.start = start;
        i.fte = fte;
        QCOMPARE(InductionYear::yearOn(i, SchoolCalendar(), day, 6.0), year);
    }

    void replanningKeepsHeldAndHandPlacedSessions()
    {
        School s;
        s.timetable(
            {{s.mentor, {QStringLiteral("1 P1"), QStringLiteral("2 P2"), QStringLiteral("3 P3")}},
             {s.ect, {QStringLiteral("2 P2"), QStringLiteral("3 P3")}}});
        s.plan();
        SessionRepository repo(s.t.db());
        QList<MentoringSession> first = *repo.inWeeks(s.term);
        MentoringSession held = first.at(0);
        held.status = SessionStatus::Held;
        QVERIFY(repo.update(held));
        MentoringSession moved = first.at(1); // the week's coaching, moved by hand
        moved.day = moved.weekMonday.addDays(4);
        moved.start = QTime(15, 0);
        moved.periodId = s.period.value(QStringLiteral("After"));
        moved.handPlaced = true;
        QVERIFY(repo.update(moved));
        const SchedulePlan again = s.plan();
        QCOMPARE(again.kept.size(), 2);
        const QList<MentoringSession> after = *repo.inWeeks(s.term);
        QCOMPARE(after.size(), 12); // no second session for the kept ones
        QCOMPARE(*repo.byId(held.id), held);
        QCOMPARE(repo.byId(moved.id)->start, QTime(15, 0));
    }

    void cancelledSessionGetsNearestSlots()
    {
        School s;
        s.timetable(
            {{s.mentor, {QStringLiteral("1 P1"), QStringLiteral("2 P2"), QStringLiteral("3 P3")}},
             {s.ect, {QStringLiteral("2 P2"), QStringLiteral("3 P3")}}});
        s.plan();
        SessionRepository repo(s.t.db());
        MentoringSession coaching;
        const QList<MentoringSession> planned = repo.inWeeks(s.term).value();
        for (const MentoringSession &m : planned) {
            if (m.kind == SessionKind::Coaching) {
                coaching = m;
                break;
            }
        }
        coaching.status = SessionStatus::Cancelled;
        QVERIFY(repo.update(coaching));
        auto offers = SchedulingService(s.t.db()).alternatives(coaching.id);
        QVERIFY(offers);
        QVERIFY(!offers->isEmpty());
        // Its own week first, then the next; nearest first within each; the
        // same day after school is offered and marked as outside teaching hours.
        QCOMPARE(offers->at(0).day, coaching.day);
        QCOMPARE(offers->at(0).start, QTime(15, 0));
        QVERIFY(offers->at(0).outsideTeaching);
        const QDateTime was(coaching.day, coaching.start);
        qint64 last = -1;
        bool nextWeek = false, wednesday = false;
        for (const SlotOffer &o : *offers) {
            const bool later = o.day >= coaching.weekMonday.addDays(7);
            QVERIFY(!nextWeek || later); // never back to the first week
            if (later != nextWeek)
                last = -1;
            nextWeek = later;
            const qint64 distance = std::abs(was.secsTo(QDateTime(o.day, o.start)));
            QVERIFY(distance >= last);
            last = distance;
            QVERIFY(o.day < coaching.weekMonday.addDays(14));
            wednesday = wednesday || (o.day == coaching.weekMonday.addDays(2) &&
                                      o.start == QTime(11, 0) && !o.outsideTeaching);
        }
        QVERIFY(wednesday);
    }
};

QTEST_GUILESS_MAIN(TestSchedulingService)
#include "tst_schedulingservice.moc"
