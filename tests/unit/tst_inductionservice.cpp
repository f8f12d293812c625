#include "TestDatabase.h"
#include "services/AssignmentService.h"
#include "services/InductionService.h"
#include "storage/AssignmentRepository.h"
#include "storage/InductionRepository.h"
#include "storage/RoleRepository.h"

#include <QTest>

using namespace idesk;

class TestInductionService : public QObject
{
    Q_OBJECT
private slots:
    void termsAndRoutesFollowTheRuleSet_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QString>("route"); // empty: the default
        QTest::addColumn<double>("priorTerms");
        QTest::addColumn<double>("reducedTo"); // 0: not reduced
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expectedRoute");
        QTest::addColumn<double>("termsRequired");
        QTest::addColumn<bool>("legacy");
        // clang-format off
        QTest::newRow("2026 default route") << QDate(2026, 9, 1) << "" << 0.0 << 0.0 << true << "provider-led" << 6.0 << false;
        QTest::newRow("2026 school-led") << QDate(2026, 9, 1) << "school-led" << 0.0 << 0.0 << true << "school-led" << 6.0 << false;
        QTest::newRow("2026 old route refused") << QDate(2026, 9, 1) << "core-induction-programme" << 0.0 << 0.0 << false << "" << 0.0 << false;
        QTest::newRow("2023 full induction") << QDate(2023, 9, 4) << "full-induction-programme" << 0.0 << 0.0 << true << "full-induction-programme" << 6.0 << false;
        QTest::newRow("2023 provider-led did not exist") << QDate(2023, 9, 4) << "provider-led" << 0.0 << 0.0 << false << "" << 0.0 << false;
        QTest::newRow("legacy with two terms served") << QDate(2020, 9, 1) << "" << 2.0 << 0.0 << true << "full-induction-programme" << 6.0 << true;
        QTest::newRow("reduced to one term") << QDate(2026, 9, 1) << "" << 0.0 << 1.0 << true << "provider-led" << 1.0 << false;
        QTest::newRow("reduced below the minimum") << QDate(2026, 9, 1) << "" << 0.0 << 0.5 << false << "" << 0.0 << false;
        // clang-format on
    }
    void termsAndRoutesFollowTheRuleSet()
    {
        QFETCH(QDate, start);
        QFETCH(QString, route);
        QFETCH(double, priorTerms);
        QFETCH(double, reducedTo);
        QFETCH(bool, ok);
        QFETCH(QString, expectedRoute);
        QFETCH(double, termsRequired);
        QFETCH(bool, legacy);
        TestDatabase t;
        InductionRequest r;
        r.personId = t.addPerson(QStringLiteral("ECT"), true, QDate(2019, 9, 1));
        r.start = start;
        if (!route.isEmpty())
            r.route = Induction::routeFromKey(route);
        r.priorTerms = priorTerms;
        if (reducedTo > 0)
            r.reducedTo = reducedTo;
        auto id = InductionService(t.db()).start(r);
        QCOMPARE(id.ok(), ok);
        if (!ok)
            return;
        auto i = InductionRepository(t.db()).byId(*id);
        QCOMPARE(Induction::routeKey(i->route), expectedRoute);
        QCOMPARE(i->termsRequired, termsRequired);
        QCOMPARE(i->legacy, legacy);
        QCOMPARE(i->priorTerms, priorTerms);
        QVERIFY(*RoleRepository(t.db()).holds(r.personId, Role::Ect, start));
    }

    void withoutQtsInductionCannotStart()
    {
        TestDatabase t;
        InductionRequest r;
        r.personId = t.addPerson(QStringLiteral("NOQ"), false);
        r.start = QDate(2026, 9, 1);
        auto id = InductionService(t.db()).start(r);
        QVERIFY(!id.ok());
        QVERIFY(id.error().message.contains(QStringLiteral("QTS")));
    }

    void statusTransitions_data()
    {
        QTest::addColumn<QStringList>("steps"); // "pause", "resume", "withdraw", "complete"
        QTest::addColumn<bool>("lastOk");
        QTest::addColumn<QString>("finalStatus");
        // clang-format off
        QTest::newRow("pause") << QStringList{QStringLiteral("pause")} << true << QStringLiteral("paused");
        QTest::newRow("pause then resume") << QStringList{QStringLiteral("pause"), QStringLiteral("resume")} << true << QStringLiteral("active");
        QTest::newRow("resume when active") << QStringList{QStringLiteral("resume")} << false << QStringLiteral("active");
        QTest::newRow("pause twice") << QStringList{QStringLiteral("pause"), QStringLiteral("pause")} << false << QStringLiteral("paused");
        QTest::newRow("withdraw while paused") << QStringList{QStringLiteral("pause"), QStringLiteral("withdraw")} << true << QStringLiteral("withdrawn");
        QTest::newRow("complete while paused") << QStringList{QStringLiteral("pause"), QStringLiteral("complete")} << false << QStringLiteral("paused");
        QTest::newRow("complete") << QStringList{QStringLiteral("complete")} << true << QStringLiteral("completed");
        // clang-format on
    }
    void statusTransitions()
    {
        QFETCH(QStringList, steps);
        QFETCH(bool, lastOk);
        QFETCH(QString, finalStatus);
        TestDatabase t;
        InductionRequest r;
        r.personId = t.addPerson(QStringLiteral("ECT"));
        r.start = QDate(2026, 9, 1);
        auto iid = InductionService(t.db()).start(r);
        QVERIFY(iid.ok());
        const QHash<QString, InductionStatus> to{
            {QStringLiteral("pause"), InductionStatus::Paused},
            {QStringLiteral("resume"), InductionStatus::Active},
            {QStringLiteral("withdraw"), InductionStatus::Withdrawn},
            {QStringLiteral("complete"), InductionStatus::Completed}};
        QDate day(2026, 10, 1);
        bool ok = true;
        for (const auto &step : steps) {
            ok = InductionService(t.db())
                     .changeStatus(r.personId, to.value(step), day, QStringLiteral("career-break"))
                     .ok();
            day = day.addDays(7);
        }
        QCOMPARE(ok, lastOk);
        auto i = InductionRepository(t.db()).byId(*iid);
        QCOMPARE(Induction::statusKey(i->statusOn(QDate(2027, 1, 1))), finalStatus);
    }

    void withdrawingEndsThePairingAndTheRole()
    {
        TestDatabase t;
        InductionRequest r;
        r.personId = t.addPerson(QStringLiteral("ECT"));
        r.start = QDate(2026, 9, 1);
        QVERIFY(InductionService(t.db()).start(r).ok());
        AssignmentRequest a;
        a.mentorId = t.addPerson(QStringLiteral("MEN"));
        a.menteeId = r.personId;
        a.period = {QDate(2026, 9, 1), {}};
        QVERIFY(AssignmentService(t.db()).assign(a).ok());
        auto w = InductionService(t.db()).changeStatus(r.personId, InductionStatus::Withdrawn,
                                                       QDate(2026, 12, 18),
                                                       QStringLiteral("moved-school"));
        QVERIFY(w.ok());
        auto pairing = AssignmentRepository(t.db()).forMentee(r.personId)->first();
        QCOMPARE(pairing.period.to, QDate(2026, 12, 18));
        QCOMPARE(pairing.endReason, QStringLiteral("Induction withdrawn"));
        QVERIFY(!*RoleRepository(t.db()).holds(r.personId, Role::Ect, QDate(2027, 1, 4)));
        auto i = InductionRepository(t.db()).forPerson(r.personId)->first();
        QCOMPARE(i.history.last().reasonCode, QStringLiteral("moved-school"));
        // A dated-back change is refused.
        QVERIFY(!InductionService(t.db())
                     .changeStatus(r.personId, InductionStatus::Paused, QDate(2026, 9, 2), {})
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestInductionService)
#include "tst_inductionservice.moc"
