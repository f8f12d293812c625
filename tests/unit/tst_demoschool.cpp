#include "TestDatabase.h"
#include "demo/DemoSchool.h"
#include "storage/AssignmentRepository.h"
#include "storage/InductionRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SchoolRepository.h"

#include <QTest>

using namespace idesk;

class TestDemoSchool : public QObject
{
    Q_OBJECT
private slots:
    void demoHasWhatTheIssueAsksFor_data()
    {
        QTest::addColumn<QDate>("today");
        // clang-format off
        QTest::newRow("autumn 2026") << QDate(2026, 11, 23);
        QTest::newRow("summer 2027") << QDate(2027, 6, 14);
        QTest::newRow("autumn 2031") << QDate(2031, 10, 1);
        // clang-format on
    }
    void demoHasWhatTheIssueAsksFor()
    {
        QFETCH(QDate, today);
        TestDatabase t;
        FixedClock clock(today);
        const Status s = DemoSchool::populate(t.db(), clock);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));

        QCOMPARE(SchoolRepository(t.db()).school()->urn.size(), 6);
        const int staff = *PersonRepository(t.db()).count();
        QVERIFY(staff >= 35 && staff <= 45);

        const QDate yearStart = QDate(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1);
        auto inductions = InductionRepository(t.db()).all();
        int active = 0, yearOne = 0, yearTwo = 0, partTime = 0;
        for (const auto &i : *inductions) {
            if (!i.isActiveOn(yearStart))
                continue;
            ++active;
            (i.start == yearStart ? yearOne : yearTwo)++;
            partTime += i.fte < 1.0 ? 1 : 0;
        }
        QCOMPARE(active, 4);
        QVERIFY(yearOne >= 1 && yearTwo >= 1);
        QCOMPARE(partTime, 1);
        QCOMPARE(PlacementRepository(t.db()).all()->size(), 2);

        auto held = RoleRepository(t.db()).heldOn(yearStart.addDays(70));
        QMap<Role, int> holders;
        for (const auto &roles : std::as_const(*held)) {
            for (const auto r : roles)
                holders[r]++;
        }
        QCOMPARE(holders.value(Role::InductionTutor), 1);
        QCOMPARE(holders.value(Role::IttLeadMentor), 1);
        QCOMPARE(holders.value(Role::Headteacher), 1);
        QVERIFY(holders.value(Role::EctMentor) >= 3);

        // Every ECT has a mentor on the first day of this year, and the
        // replaced mentor stays in the history.
        auto pairings = AssignmentRepository(t.db()).all();
        int currentEct = 0, replaced = 0;
        for (const auto &p : *pairings) {
            currentEct += p.kind == PairingKind::Ect && p.period.contains(yearStart) ? 1 : 0;
            replaced += p.replacedBy > 0 ? 1 : 0;
        }
        QCOMPARE(currentEct, 4);
        QCOMPARE(replaced, 1);
    }

    void demoRefusesANonEmptyDatabase()
    {
        TestDatabase t;
        t.addPerson(QStringLiteral("ONE"));
        const Status s = DemoSchool::populate(t.db());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Refused);
        QCOMPARE(*PersonRepository(t.db()).count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoSchool)
#include "tst_demoschool.moc"
