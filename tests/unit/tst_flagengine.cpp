#include "TestDatabase.h"
#include "services/FlagService.h"
#include "services/SchedulingService.h"
#include "storage/AssignmentRepository.h"
#include "storage/AvailabilityRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/InductionRepository.h"
#include "storage/MentorTrainingRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TimetableRepository.h"
#include "storage/TrainingRepository.h"

#include <QTest>

using namespace idesk;

// The flags on a small school whose term is planned, then logged as each test
// needs: a pure function of the data, the calendar and the rule set.
class TestFlagEngine : public QObject
{
    Q_OBJECT

    struct School
    {
        TestDatabase t;
        qint64 mentor = 0, ect = 0, pairing = 0, induction = 0;
        const DateRange term{QDate(2026, 9, 7), QDate(2026, 10, 16)};
        const QDate after{2026, 10, 19}; // "today": the Monday after the term

        explicit School(bool mentorQts = true, QList<AssignmentWarning> acknowledged = {})
        {
            mentor = t.addPerson(QStringLiteral("MEN"), mentorQts);
            ect = t.addPerson(QStringLiteral("ECT"));
            SchoolDayRepository day(t.db());
            check(day.replacePeriods(
                {{0, QStringLiteral("P1"), QTime(9, 0), QTime(10, 0), PeriodKind::Lesson},
                 {0, QStringLiteral("P2"), QTime(10, 0), QTime(11, 0), PeriodKind::Lesson},
                 {0, QStringLiteral("After"), QTime(15, 0), QTime(16, 0),
                  PeriodKind::AfterSchool}}));
            check(day.setContractedTime({1, 2, 3, 4, 5}, {QTime(8, 30), QTime(16, 30)}));
            check(CalendarRepository(t.db()).replaceYear(
                QStringLiteral("2026-27"), {{0, QStringLiteral("2026-27"), TermKind::Autumn, term}},
                {}));
            Induction i;
            i.personId = ect;
            i.start = QDate(2026, 9, 1);
            i.history.append({0, InductionStatus::Active, i.start, {}, {}});
            induction = InductionRepository(t.db()).insert(i).value();
            MentorAssignment a;
            a.kind = PairingKind::Ect;
            a.mentorId = mentor;
            a.menteeId = ect;
            a.period = {QDate(2026, 9, 1), {}};
            a.acknowledged = acknowledged;
            pairing = AssignmentRepository(t.db()).insert(a, QDate(2026, 9, 1)).value();
            // Mondays P1: the ECT teaches, the mentor is free; Tuesdays P2: both free.
            const SchoolDay sd = day.schoolDay().value();
            const qint64 p1 = sd.byName(QStringLiteral("P1"))->id,
                         p2 = sd.byName(QStringLiteral("P2"))->id;
            check(TimetableRepository(t.db()).replace({{ect, 0, 1, p1, Activity::Teaching, {}},
                                                       {mentor, 0, 2, p1, Activity::Teaching, {}},
                                                       {ect, 0, 2, p1, Activity::Teaching, {}}},
                                                      1));
            Q_UNUSED(p2);
        }
        static void check(const Status &s)
        {
            if (!s)
                qFatal("%s", qPrintable(s.error().message));
        }
        // Plans the term and logs every session as held except `except`.
        void planAndHoldAll(const std::function<bool(const MentoringSession &)> &except = {})
        {
            auto plan = SchedulingService(t.db()).plan(term, true);
            if (!plan)
                qFatal("%s", qPrintable(plan.error().message));
            SessionRepository repo(t.db());
            const QList<MentoringSession> all = repo.inWeeks(term).value();
            for (MentoringSession s : all) {
                if (except && except(s))
                    continue;
                s.status = SessionStatus::Held;
                check(repo.update(s));
            }
        }
        QList<Flag> flags(QDate today = {})
        {
            const QDate day = today.isValid() ? today : after;
            auto f = FlagService(t.db()).flags({term.from, std::max(term.to, day)}, day);
            if (!f)
                qFatal("%s", qPrintable(f.error().message));
            return *f;
        }
        static QList<Flag> ofKind(const QList<Flag> &all, FlagKind kind)
        {
            QList<Flag> out;
            for (const Flag &f : all) {
                if (f.kind == kind)
                    out.append(f);
            }
            return out;
        }
    };

private slots:
    void everySessionHeldRaisesNoMissedFlag()
    {
        School s;
        s.planAndHoldAll();
        QCOMPARE(School::ofKind(s.flags(), FlagKind::MissedSession).size(), 0);
    }

    void aWeekWithoutCoachingIsRed()
    {
        School s;
        const QDate week3(2026, 9, 21);
        s.planAndHoldAll([&](const MentoringSession &m) {
            return m.weekMonday == week3 && m.kind == SessionKind::Coaching;
        });
        const QList<Flag> missed = School::ofKind(s.flags(), FlagKind::MissedSession);
        QCOMPARE(missed.size(), 1);
        QCOMPARE(missed.first().severity, FlagSeverity::Red);
        QCOMPARE(missed.first().week, week3);
        QCOMPARE(missed.first().pairingId, s.pairing);
        QVERIFY(missed.first().message.contains(QLatin1String("instructional coaching")));
        QVERIFY(missed.first().message.contains(QLatin1String("21/09/2026")));
        QVERIFY(!missed.first().action.isEmpty());
        // The week under way is not judged yet.
        QCOMPARE(School::ofKind(s.flags(QDate(2026, 9, 23)), FlagKind::MissedSession).size(), 0);
    }

    void theAdviceFitsTheWeek_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("catchUp");
        QTest::newRow("the week after") << QDate(2026, 9, 28) << true;
        QTest::newRow("later that week") << QDate(2026, 10, 1) << true;
        QTest::newRow("two weeks on") << QDate(2026, 10, 5) << false;
        QTest::newRow("a month on") << QDate(2026, 10, 21) << false;
    }
    void theAdviceFitsTheWeek()
    {
        QFETCH(QDate, today);
        QFETCH(bool, catchUp);
        School s;
        const QDate week3(2026, 9, 21);
        s.planAndHoldAll([&](const MentoringSession &m) {
            return m.weekMonday == week3 && m.kind == SessionKind::Coaching;
        });
        const QList<Flag> missed = School::ofKind(s.flags(today), FlagKind::MissedSession);
        QCOMPARE(missed.size(), 1);
        // A catch-up "this week" only while the week is the one just gone.
        QCOMPARE(missed.first().action.contains(QLatin1String("this week")), catchUp);
        QVERIFY(!missed.first().action.isEmpty());
    }

    void closuresAbsencesAndPausesNeverRaiseMissed()
    {
        School s;
        School::check(CalendarRepository(s.t.db()).replaceYear(
            QStringLiteral("2026-27"), {{0, QStringLiteral("2026-27"), TermKind::Autumn, s.term}},
            {{0,
              QStringLiteral("2026-27"),
              ClosureKind::HalfTerm,
              QStringLiteral("Break"),
              {QDate(2026, 9, 14), QDate(2026, 9, 18)}}}));
        QVERIFY(AvailabilityRepository(s.t.db()).addAbsence(
            {0, s.mentor, {QDate(2026, 9, 21), QDate(2026, 9, 25)}, QStringLiteral("sickness")}));
        QVERIFY(InductionRepository(s.t.db()).addStatusChange(
            s.induction,
            {0, InductionStatus::Paused, QDate(2026, 9, 28), QStringLiteral("other"), {}}));
        QVERIFY(InductionRepository(s.t.db()).addStatusChange(
            s.induction, {0, InductionStatus::Active, QDate(2026, 10, 5), {}, {}}));
        s.planAndHoldAll();
        QCOMPARE(School::ofKind(s.flags(), FlagKind::MissedSession).size(), 0);
    }

    void outsideTeachingHoursAndContractedTime()
    {
        School s;
        s.planAndHoldAll();
        SessionRepository repo(s.t.db());
        QList<MentoringSession> all = repo.inWeeks(s.term).value();
        all[0].start = QTime(15, 0); // after school: allowed, exceptional
        all[1].start = QTime(17, 0); // after contracted time
        QVERIFY(repo.update(all[0]));
        QVERIFY(repo.update(all[1]));
        const QList<Flag> flags = s.flags();
        QCOMPARE(School::ofKind(flags, FlagKind::OutsideTeachingHours).size(), 1);
        QCOMPARE(School::ofKind(flags, FlagKind::OutsideTeachingHours).first().severity,
                 FlagSeverity::Amber);
        QCOMPARE(School::ofKind(flags, FlagKind::OutsideContractedTime).size(), 1);
        QCOMPARE(School::ofKind(flags, FlagKind::OutsideContractedTime).first().severity,
                 FlagSeverity::Red);
    }

    void mentorChecks_data()
    {
        QTest::addColumn<bool>("qts");
        QTest::addColumn<bool>("acknowledged");
        QTest::addColumn<int>("flags");
        QTest::newRow("QTS") << true << false << 0;
        QTest::newRow("no QTS, not acknowledged") << false << false << 1;
        QTest::newRow("no QTS, acknowledged") << false << true << 0;
    }
    void mentorChecks()
    {
        QFETCH(bool, qts);
        QFETCH(bool, acknowledged);
        QFETCH(int, flags);
        School s(qts, acknowledged ? QList<AssignmentWarning>{AssignmentWarning::NoQts}
                                   : QList<AssignmentWarning>{});
        QCOMPARE(School::ofKind(s.flags(QDate(2026, 10, 1)), FlagKind::MentorWithoutQts).size(),
                 flags);
    }

    void menteeWithoutMentorIsRed()
    {
        School s;
        QVERIFY(AssignmentRepository(s.t.db()).close(s.pairing, QDate(2026, 9, 30), 0,
                                                     QStringLiteral("left")));
        const QList<Flag> none = School::ofKind(s.flags(QDate(2026, 10, 1)), FlagKind::NoMentor);
        QCOMPARE(none.size(), 1);
        QCOMPARE(none.first().menteeId, s.ect);
        QCOMPARE(none.first().severity, FlagSeverity::Red);
    }

    void trainingPace_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<int>("flags");
        // 20 hours over one year from 1 September; by 1 March about 10 are expected.
        QTest::newRow("none") << 0.0 << 1;
        QTest::newRow("some") << 4.0 << 1;
        QTest::newRow("on pace") << 9.0 << 0;
    }
    void trainingPace()
    {
        QFETCH(double, hours);
        QFETCH(int, flags);
        School s;
        MentorTraining programme;
        programme.mentorId = s.mentor;
        programme.programme = TrainingProgramme::EctMentor;
        programme.start = QDate(2026, 9, 1);
        QVERIFY(MentorTrainingRepository(s.t.db()).insert(programme));
        if (hours > 0)
            QVERIFY(TrainingRepository(s.t.db()).insert({0,
                                                         s.mentor,
                                                         QDate(2026, 10, 1),
                                                         QStringLiteral("ect-mentor-programme"),
                                                         QStringLiteral("conference"),
                                                         hours,
                                                         true,
                                                         {}}));
        QCOMPARE(School::ofKind(s.flags(QDate(2027, 3, 1)), FlagKind::TrainingBehind).size(),
                 flags);
    }

    void thirtyDaysAbsentExtendsTheYear_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("flags");
        QTest::newRow("sickness counts") << "sickness" << 1;
        QTest::newRow("maternity leave does not") << "maternity" << 0;
    }
    void thirtyDaysAbsentExtendsTheYear()
    {
        QFETCH(QString, kind);
        QFETCH(int, flags);
        School s;
        // 7 September to 16 October: 30 school days.
        QVERIFY(AvailabilityRepository(s.t.db()).addAbsence({0, s.ect, s.term, kind}));
        FlagInput in = FlagService(s.t.db()).load(QDate(2026, 10, 16)).value();
        QCOMPARE(FlagEngine::countedAbsenceDays(in, s.ect, s.term), flags ? 30 : 0);
        QCOMPARE(School::ofKind(s.flags(QDate(2026, 10, 16)), FlagKind::AbsenceExtension).size(),
                 flags);
    }

    void traineeBelowNinetyMinutes()
    {
        School s;
        const qint64 trainee = s.t.addPerson(QStringLiteral("TRN"), false);
        Placement p;
        p.personId = trainee;
        p.provider = QStringLiteral("University");
        p.period = {QDate(2026, 9, 7), QDate(2026, 9, 25)};
        QVERIFY(PlacementRepository(s.t.db()).insert(p));
        const qint64 general = s.t.addPerson(QStringLiteral("GEN"));
        MentorAssignment a;
        a.kind = PairingKind::Itt;
        a.mentorId = general;
        a.menteeId = trainee;
        a.period = {QDate(2026, 9, 7), QDate(2026, 9, 25)};
        const qint64 itt = AssignmentRepository(s.t.db()).insert(a, QDate(2026, 9, 7)).value();
        // Week one: both sessions held; week two: one (45 minutes); week three: none.
        s.planAndHoldAll([&](const MentoringSession &m) {
            return m.assignmentId == itt &&
                   (m.weekMonday == QDate(2026, 9, 21) ||
                    (m.weekMonday == QDate(2026, 9, 14) && m.ordinal == 1));
        });
        const QList<Flag> short_ = School::ofKind(s.flags(), FlagKind::IttTimeShort);
        QCOMPARE(short_.size(), 2);
        QCOMPARE(short_.at(0).severity, FlagSeverity::Red); // reds first
        QCOMPARE(short_.at(0).week, QDate(2026, 9, 21));
        QVERIFY(short_.at(0).message.contains(QLatin1String("0 of 90 minutes")));
        QCOMPARE(short_.at(1).severity, FlagSeverity::Amber);
        QVERIFY(short_.at(1).message.contains(QLatin1String("45 of 90 minutes")));
    }

    void reviewsDueThisTerm()
    {
        School s;
        const QList<Flag> reviews =
            School::ofKind(s.flags(QDate(2026, 10, 1)), FlagKind::ReviewDue);
        QCOMPARE(reviews.size(), 1);
        QVERIFY(reviews.first().message.contains(QLatin1String("progress review")));
    }
};

QTEST_GUILESS_MAIN(TestFlagEngine)
#include "tst_flagengine.moc"
