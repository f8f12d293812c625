#include "development/StandardsProfile.h"
#include "development/TrainingPace.h"
#include "services/MentorDevelopmentService.h"
#include "storage/AssignmentRepository.h"
#include "storage/MentorTrainingRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SessionRepository.h"
#include "storage/StandardsRepository.h"
#include "storage/TrainingRepository.h"

#include "TestDatabase.h"

#include <QTest>

using namespace idesk;

namespace {
// One letter per item in the standards' order: r, a, g, or '.' for not rated.
QList<SelfAssessment> ratings(const QString &letters, QDate day, qint64 firstId = 1)
{
    QList<SelfAssessment> list;
    const QList<StandardItem> items = NationalStandards::shipped().items();
    for (int i = 0; i < letters.size() && i < items.size(); ++i) {
        if (letters.at(i) == QLatin1Char('.'))
            continue;
        SelfAssessment a;
        a.id = firstId + i;
        a.mentorId = 1;
        a.item = items.at(i).code;
        a.rating = letters.at(i) == QLatin1Char('r')   ? StandardsRating::Red
                   : letters.at(i) == QLatin1Char('a') ? StandardsRating::Amber
                                                       : StandardsRating::Green;
        a.date = day;
        list.append(a);
    }
    return list;
}

MentoringSession coaching(qint64 assignmentId, QDate day, SessionStatus status,
                          const QString &step = {})
{
    MentoringSession s;
    s.assignmentId = assignmentId;
    s.kind = SessionKind::Coaching;
    s.weekMonday = day.addDays(1 - day.dayOfWeek());
    s.day = day;
    s.start = QTime(10, 0);
    s.minutes = 45;
    s.status = status;
    s.actionStep = step;
    return s;
}
} // namespace

class TestMentorDevelopment : public QObject
{
    Q_OBJECT
private slots:
    void ratingHistoryKept()
    {
        TestDatabase t;
        const qint64 mentor = t.addPerson(QStringLiteral("MEN"));
        FixedClock clock(QDate(2026, 11, 23));
        MentorDevelopmentService service(t.db(), clock);
        // Entered out of order: the latest is by date, not by entry.
        for (const auto &[day, rating, note] :
             {std::tuple{QDate(2026, 10, 1), StandardsRating::Amber, QStringLiteral("second")},
              std::tuple{QDate(2026, 9, 10), StandardsRating::Red, QStringLiteral("first")},
              std::tuple{QDate(2026, 11, 20), StandardsRating::Green, QStringLiteral("third")}}) {
            SelfAssessment a;
            a.mentorId = mentor;
            a.item = QStringLiteral("2.4");
            a.rating = rating;
            a.date = day;
            a.note = note;
            QVERIFY(service.assess(a));
        }
        auto profile = service.standards(mentor);
        QVERIFY(profile);
        const QList<SelfAssessment> history = profile->history(QStringLiteral("2.4"));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).note, QStringLiteral("third"));
        QCOMPARE(history.at(1).note, QStringLiteral("second"));
        QCOMPARE(history.at(2).note, QStringLiteral("first"));
        QCOMPARE(profile->latest(QStringLiteral("2.4"))->rating, StandardsRating::Green);
        QCOMPARE(profile->lastAssessed(), QDate(2026, 11, 20));
        QCOMPARE(profile->notRated(), 20);
        QVERIFY(profile->supportPlan().isEmpty());
        QCOMPARE(StandardsRepository(t.db()).forMentor(mentor)->size(), 3);
    }

    void badRatingsRefused_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such item")
            << QStringLiteral("5.1") << QDate(2026, 11, 1) << QStringLiteral("not an item");
        QTest::newRow("item 2.10")
            << QStringLiteral("2.10") << QDate(2026, 11, 1) << QStringLiteral("not an item");
        QTest::newRow("no date") << QStringLiteral("1.1") << QDate() << QStringLiteral("date");
        QTest::newRow("after today")
            << QStringLiteral("1.1") << QDate(2026, 11, 24) << QStringLiteral("after today");
    }
    void badRatingsRefused()
    {
        QFETCH(QString, item);
        QFETCH(QDate, date);
        QFETCH(QString, message);
        TestDatabase t;
        FixedClock clock(QDate(2026, 11, 23));
        SelfAssessment a;
        a.mentorId = t.addPerson(QStringLiteral("MEN"));
        a.item = item;
        a.date = date;
        auto id = MentorDevelopmentService(t.db(), clock).assess(a);
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
        QCOMPARE(StandardsRepository(t.db()).forMentor(a.mentorId)->size(), 0);
    }

    void supportPlanIsTheRedAndAmberItems_data()
    {
        QTest::addColumn<QString>("first");  // the first round
        QTest::addColumn<QString>("second"); // a later round ('.' keeps the first)
        QTest::addColumn<QStringList>("plan");
        QTest::newRow("all green")
            << QStringLiteral("ggggggggggggggggggggg") << QString() << QStringList{};
        QTest::newRow("nothing rated") << QString() << QString() << QStringList{};
        QTest::newRow("red before amber")
            << QStringLiteral("gaggggrggggggggggggga") << QString()
            << QStringList{QStringLiteral("2.2"), QStringLiteral("1.2"), QStringLiteral("4.2")};
        QTest::newRow("re-assessed green leaves the plan")
            << QStringLiteral("rrggggggggggggggggggg") << QStringLiteral("g....................")
            << QStringList{QStringLiteral("1.2")};
        QTest::newRow("re-assessed amber joins the plan")
            << QStringLiteral("ggggggggggggggggggggg") << QStringLiteral("..........a.........r")
            << QStringList{QStringLiteral("4.2"), QStringLiteral("2.6")};
        QTest::newRow("unrated items are not in it")
            << QStringLiteral("a.........r..........") << QString()
            << QStringList{QStringLiteral("2.6"), QStringLiteral("1.1")};
    }
    void supportPlanIsTheRedAndAmberItems()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QStringList, plan);
        QList<SelfAssessment> history = ratings(first, QDate(2026, 9, 20));
        history += ratings(second, QDate(2026, 11, 2), 100);
        const StandardsProfile profile(NationalStandards::shipped(), history);
        QStringList codes;
        for (const SupportNeed &n : profile.supportPlan()) {
            QVERIFY(StandardsRatings::needsSupport(n.latest.rating));
            codes.append(n.item.code);
        }
        QCOMPARE(codes, plan);
        QCOMPARE(profile.count(StandardsRating::Red) + profile.count(StandardsRating::Amber),
                 int(plan.size()));
    }

    void trainingPacePerRuleSet_data()
    {
        QTest::addColumn<QString>("programme");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<double>("initialDone");
        QTest::addColumn<double>("refresherDone");
        QTest::addColumn<double>("hours");
        QTest::addColumn<int>("years");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("refresherExpected");
        QTest::addColumn<bool>("behind");
        const QString ect = QStringLiteral("ect-mentor");
        const QString general = QStringLiteral("itt-general-mentor");
        const QString lead = QStringLiteral("itt-lead-mentor");
        QTest::newRow("ECT mentor, started 31/08/2025: 36 h over two years")
            << ect << QDate(2025, 8, 31) << QDate(2026, 8, 30) << 10.0 << 0.0 << 36.0 << 2 << 17.99
            << 0.0 << true;
        QTest::newRow("ECT mentor, started 02/09/2024, on pace")
            << ect << QDate(2024, 9, 2) << QDate(2025, 9, 1) << 16.0 << 0.0 << 36.0 << 2 << 17.99
            << 0.0 << false;
        QTest::newRow("ECT mentor, started 01/09/2025: 20 h over one year")
            << ect << QDate(2025, 9, 1) << QDate(2026, 3, 1) << 10.0 << 0.0 << 20.0 << 1 << 9.97
            << 0.0 << false;
        QTest::newRow("ECT mentor, started 01/09/2025, behind")
            << ect << QDate(2025, 9, 1) << QDate(2026, 3, 1) << 5.0 << 0.0 << 20.0 << 1 << 9.97
            << 0.0 << true;
        QTest::newRow("ECT mentor, older programme complete")
            << ect << QDate(2023, 9, 1) << QDate(2026, 1, 1) << 36.0 << 0.0 << 36.0 << 2 << 36.0
            << 0.0 << false;
        QTest::newRow("ITT general mentor, initial behind")
            << general << QDate(2026, 9, 1) << QDate(2027, 3, 1) << 6.0 << 0.0 << 20.0 << 1 << 9.97
            << 0.0 << true;
        QTest::newRow("ITT lead mentor, initial on pace")
            << lead << QDate(2026, 9, 1) << QDate(2027, 3, 1) << 14.0 << 0.0 << 30.0 << 1 << 14.95
            << 0.0 << false;
        QTest::newRow("ITT general mentor, second year refresher behind")
            << general << QDate(2024, 9, 1) << QDate(2026, 3, 1) << 20.0 << 0.0 << 20.0 << 1 << 20.0
            << 2.99 << true;
        QTest::newRow("ITT general mentor, second year refresher on pace")
            << general << QDate(2024, 9, 1) << QDate(2026, 3, 1) << 20.0 << 3.0 << 20.0 << 1 << 20.0
            << 2.99 << false;
        QTest::newRow("ITT lead mentor, second year refresher")
            << lead << QDate(2024, 9, 1) << QDate(2026, 3, 1) << 30.0 << 4.0 << 30.0 << 1 << 30.0
            << 5.98 << false;
    }
    void trainingPacePerRuleSet()
    {
        QFETCH(QString, programme);
        QFETCH(QDate, start);
        QFETCH(QDate, today);
        QFETCH(double, initialDone);
        QFETCH(double, refresherDone);
        QFETCH(double, hours);
        QFETCH(int, years);
        QFETCH(double, expected);
        QFETCH(double, refresherExpected);
        QFETCH(bool, behind);
        MentorTraining record;
        record.mentorId = 7;
        record.programme = *TrainingProgrammes::fromKey(programme);
        record.start = start;
        const bool ect = record.programme == TrainingProgramme::EctMentor;
        const QString counted =
            ect ? QStringLiteral("ect-mentor-programme") : QStringLiteral("initial");
        const QList<TrainingActivity> activities{
            {1, 7, start.addDays(5), counted, QStringLiteral("conference"), initialDone, true, {}},
            {2,
             7,
             today.addDays(-1),
             QStringLiteral("refresher"),
             QStringLiteral("clinic"),
             refresherDone,
             true,
             {}},
            // Neither counts: not attended, another mentor.
            {3, 7, start.addDays(6), counted, QStringLiteral("clinic"), 50, false, {}},
            {4, 8, start.addDays(6), counted, QStringLiteral("clinic"), 50, true, {}},
        };
        const ProgrammePace pace =
            TrainingPace::assess(record, RuleSetRegistry::shipped(), activities, today);
        QCOMPARE(pace.hours, hours);
        QCOMPARE(pace.years, years);
        QCOMPARE(pace.done, initialDone);
        QVERIFY2(qAbs(pace.expected - expected) < 0.01, qPrintable(QString::number(pace.expected)));
        QVERIFY2(qAbs(pace.refresherExpected - refresherExpected) < 0.01,
                 qPrintable(QString::number(pace.refresherExpected)));
        if (!ect && refresherExpected > 0)
            QCOMPARE(pace.refresherDone, refresherDone);
        QCOMPARE(pace.behind, behind);
    }

    void trainingCountsFromTheRunUpUnlessRestarted()
    {
        MentorTraining first{1, 7, TrainingProgramme::IttGeneralMentor, QDate(2026, 10, 5), 0, {}};
        QCOMPARE(TrainingPace::countFrom(first, {first}), QDate(2026, 9, 1));
        MentorTraining restart{2, 7, TrainingProgramme::IttGeneralMentor, QDate(2027, 1, 4), 0, {}};
        QCOMPARE(TrainingPace::countFrom(restart, {first, restart}), QDate(2027, 1, 4));
        const QList<MentorTraining> current =
            TrainingPace::current({first, restart}, 7, QDate(2027, 2, 1));
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first().id, qint64(2));
    }

    void actionStepCarriedToTheNextMeeting()
    {
        TestDatabase t;
        FixedClock clock(QDate(2026, 11, 23));
        const qint64 first = t.addPerson(QStringLiteral("FIR"));
        const qint64 second = t.addPerson(QStringLiteral("SEC"));
        const qint64 ect = t.addPerson(QStringLiteral("ECT"));
        AssignmentRepository assignments(t.db());
        MentorAssignment a;
        a.kind = PairingKind::Ect;
        a.mentorId = first;
        a.menteeId = ect;
        a.period = {QDate(2026, 9, 1), QDate(2026, 10, 31)};
        const qint64 a1 = *assignments.insert(a, {});
        a.mentorId = second;
        a.period = {QDate(2026, 11, 1), {}};
        const qint64 a2 = *assignments.insert(a, {});

        SessionRepository sessions(t.db());
        const qint64 s1 = *sessions.insert(coaching(a1, QDate(2026, 10, 7), SessionStatus::Held,
                                                    QStringLiteral("Countdown for transitions")));
        const qint64 s2 = *sessions.insert(coaching(a1, QDate(2026, 10, 14), SessionStatus::Held));
        const qint64 s3 =
            *sessions.insert(coaching(a2, QDate(2026, 11, 4), SessionStatus::Planned));
        Q_UNUSED(s2);

        MentorDevelopmentService service(t.db(), clock);
        // The next meeting, with the new mentor, shows the step agreed before.
        auto previous = service.previousActionStep(*sessions.byId(s3));
        QVERIFY(previous);
        QVERIFY(previous->has_value());
        QCOMPARE((*previous)->id, s1);
        QCOMPARE((*previous)->actionStep, QStringLiteral("Countdown for transitions"));
        // The first meeting has nothing before it.
        QVERIFY(!service.previousActionStep(*sessions.byId(s1))->has_value());

        // A step waits until the meeting is held; then it is the one shown next.
        QVERIFY(!service.recordActionStep(s3, QStringLiteral("Cold-call before hands up")));
        MentoringSession held = *sessions.byId(s3);
        held.status = SessionStatus::Held;
        QVERIFY(sessions.update(held));
        QVERIFY(service.recordPractised(s1, true));
        QVERIFY(service.recordActionStep(s3, QStringLiteral("  Cold-call   before hands up ")));
        QCOMPARE(sessions.byId(s1)->actionPractised, std::optional<bool>(true));
        QCOMPARE(sessions.byId(s3)->actionStep, QStringLiteral("Cold-call before hands up"));
        const qint64 s4 =
            *sessions.insert(coaching(a2, QDate(2026, 11, 11), SessionStatus::Planned));
        QCOMPARE((*service.previousActionStep(*sessions.byId(s4)))->id, s3);

        // One short step: a paragraph is refused and nothing changes.
        QVERIFY(!service.recordActionStep(s3, QString(400, QLatin1Char('x'))));
        QCOMPARE(sessions.byId(s3)->actionStep, QStringLiteral("Cold-call before hands up"));
        // Practised is asked only of a meeting that agreed a step.
        QVERIFY(!service.recordPractised(s2, false));

        // Each mentor's list holds their own held meetings, newest first.
        auto steps = service.actionSteps(first);
        QVERIFY(steps);
        QCOMPARE(steps->size(), 2);
        QCOMPARE(steps->at(0).session.id, s2);
        QCOMPARE(steps->at(1).session.id, s1);
        QCOMPARE(service.actionSteps(second)->size(), 1);
    }

    void leadMentorSeesTheGeneralMentors()
    {
        TestDatabase t;
        FixedClock clock(QDate(2026, 11, 23));
        const qint64 lead = t.addPerson(QStringLiteral("LEA"));
        const qint64 mentor = t.addPerson(QStringLiteral("GEN"));
        const qint64 trainee = t.addPerson(QStringLiteral("TRA"), false);
        MentorDevelopmentService service(t.db(), clock);
        // Only a lead mentor oversees.
        QVERIFY(!service.addOversight(lead, mentor));
        QVERIFY(
            RoleRepository(t.db()).add({0, lead, Role::IttLeadMentor, {QDate(2025, 9, 1), {}}}));
        QVERIFY(!service.addOversight(lead, lead));
        QVERIFY(service.addOversight(lead, mentor));
        QVERIFY(!service.addOversight(lead, mentor));

        MentorAssignment a;
        a.kind = PairingKind::Itt;
        a.mentorId = mentor;
        a.menteeId = trainee;
        a.period = {QDate(2026, 11, 2), {}};
        const qint64 pairing = *AssignmentRepository(t.db()).insert(a, {});
        QVERIFY(MentorTrainingRepository(t.db()).insert(
            {0, mentor, TrainingProgramme::IttGeneralMentor, QDate(2026, 11, 2), pairing, {}}));
        QVERIFY(TrainingRepository(t.db()).insert({0,
                                                   mentor,
                                                   QDate(2026, 10, 20),
                                                   QStringLiteral("initial"),
                                                   QStringLiteral("conference"),
                                                   6,
                                                   true,
                                                   {}}));
        SessionRepository sessions(t.db());
        // Week of 02/11: 90 minutes held; week of 09/11: 45; this week not judged yet.
        for (const auto &[monday, status] :
             {std::pair{QDate(2026, 11, 2), SessionStatus::Held},
              std::pair{QDate(2026, 11, 2), SessionStatus::Held},
              std::pair{QDate(2026, 11, 9), SessionStatus::Held},
              std::pair{QDate(2026, 11, 9), SessionStatus::Missed},
              std::pair{QDate(2026, 11, 23), SessionStatus::Planned}}) {
            MentoringSession s = coaching(pairing, monday.addDays(1), status);
            s.kind = SessionKind::IttMentoring;
            QVERIFY(sessions.insert(s));
        }
        for (const char *item : {"1.1", "2.2"}) {
            SelfAssessment r;
            r.mentorId = mentor;
            r.item = QLatin1String(item);
            r.rating = item[0] == '1' ? StandardsRating::Green : StandardsRating::Red;
            r.date = QDate(2026, 11, 10);
            QVERIFY(service.assess(r));
        }

        auto overseen = service.overseen(lead);
        QVERIFY(overseen);
        QCOMPARE(overseen->size(), 1);
        const OverseenMentor &o = overseen->first();
        QCOMPARE(o.mentor.id, mentor);
        QCOMPARE(o.green, 1);
        QCOMPARE(o.red, 1);
        QCOMPARE(o.notRated, 19);
        QCOMPARE(o.lastAssessed, QDate(2026, 11, 10));
        QCOMPARE(o.programmes.size(), 1);
        QCOMPARE(o.programmes.first().done, 6.0); // the run-up to the placement counts
        QCOMPARE(o.trainees.size(), 1);
        QCOMPARE(o.trainees.first().requiredMinutes, 90);
        QCOMPARE(o.trainees.first().weeksJudged, 2);
        QCOMPARE(o.trainees.first().weeksShort, 1);
        QCOMPARE(o.trainees.first().lastWeekMinutes, 45);

        // The lead mentor's own programme starts with the role.
        auto own = service.training(lead);
        QVERIFY(own);
        QCOMPARE(own->programmes.size(), 1);
        QCOMPARE(own->programmes.first().programme.programme, TrainingProgramme::IttLeadMentor);
        QCOMPARE(own->programmes.first().hours, 30.0);
    }
};

QTEST_GUILESS_MAIN(TestMentorDevelopment)
#include "tst_mentordevelopment.moc"
