#include "policy/RuleSetRegistry.h"

#include <QJsonDocument>
#include <QTest>

using namespace idesk;

class TestRuleSets : public QObject
{
    Q_OBJECT
private slots:
    void mentorTrainingPace_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<double>("hours");
        QTest::addColumn<int>("years");
        // clang-format off
        QTest::newRow("2021 start") << QDate(2021, 9, 1) << 36.0 << 2;
        QTest::newRow("day before the 2025 change") << QDate(2025, 8, 31) << 36.0 << 2;
        QTest::newRow("first day of the change") << QDate(2025, 9, 1) << 20.0 << 1;
        QTest::newRow("2026-27") << QDate(2026, 11, 23) << 20.0 << 1;
        QTest::newRow("before any rule set uses the earliest") << QDate(2019, 1, 1) << 36.0 << 2;
        // clang-format on
    }
    void mentorTrainingPace()
    {
        QFETCH(QDate, day);
        QFETCH(double, hours);
        QFETCH(int, years);
        const RuleSet &r = RuleSetRegistry::shipped().forDate(day);
        QCOMPARE(r.ectMentorTrainingHours, hours);
        QCOMPARE(r.ectMentorTrainingYears, years);
    }
    void inheritedNumbers()
    {
        const RuleSet *r = RuleSetRegistry::shipped().forAcademicYear(QStringLiteral("2026-27"));
        QVERIFY(r);
        QCOMPARE(r->ittWeeklyMentoringMinutes, 90);
        QCOMPARE(r->ectYearOneCadenceWeeks, 1);
        QCOMPARE(r->ectYearTwoCadenceWeeks, 2);
        QCOMPARE(r->mentorCapacity, 2);
        QCOMPARE(r->absenceExtensionDays, 30);
        QCOMPARE(r->programmeRoutes,
                 QStringList({QStringLiteral("provider-led"), QStringLiteral("school-led")}));
        QCOMPARE(r->legacyInductionBefore, QDate(2021, 9, 1));
    }
    void badFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        // clang-format off
        QTest::newRow("not json") << QByteArray("{years: ") << "offset";
        QTest::newRow("unknown base") << QByteArray(R"({"years":[{"academicYear":"2030-31","basedOn":"1999-00","effectiveFrom":"2030-09-01"}]})") << "1999-00";
        QTest::newRow("no date") << QByteArray(R"({"years":[{"academicYear":"2030-31"}]})") << "effectiveFrom";
        QTest::newRow("empty") << QByteArray(R"({"years":[]})") << "no academic year";
        // clang-format on
    }
    void badFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto r = RuleSetRegistry::fromJson(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }
    void schoolOverrides_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("coaching2026");
        // clang-format off
        QTest::newRow("none") << QByteArray("{}") << true << 45;
        QTest::newRow("longer coaching") << QByteArray(R"({"2026-27":{"coachingMinutes":60}})") << true << 60;
        QTest::newRow("another year only") << QByteArray(R"({"2025-26":{"coachingMinutes":30}})") << true << 45;
        QTest::newRow("statutory number") << QByteArray(R"({"2026-27":{"inductionTermsFte":3}})") << false << 45;
        QTest::newRow("cadence too long") << QByteArray(R"({"2026-27":{"ectYearTwoCadenceWeeks":9}})") << false << 45;
        QTest::newRow("not whole") << QByteArray(R"({"2026-27":{"coachingMinutes":45.5}})") << false << 45;
        QTest::newRow("unknown year") << QByteArray(R"({"1999-00":{"coachingMinutes":60}})") << false << 45;
        // clang-format on
    }
    void schoolOverrides()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(int, coaching2026);
        const QJsonObject overrides = QJsonDocument::fromJson(json).object();
        QCOMPARE(RuleSetRegistry::validateOverrides(overrides).ok(), valid);
        const RuleSetRegistry merged = RuleSetRegistry::shipped().withOverrides(overrides);
        QCOMPARE(merged.forAcademicYear(QStringLiteral("2026-27"))->coachingMinutes, coaching2026);
        // The statutory numbers never move.
        QCOMPARE(merged.forAcademicYear(QStringLiteral("2026-27"))->inductionTermsFte, 6.0);
    }

    void roundTripJson()
    {
        const RuleSet &r = RuleSetRegistry::shipped().forDate(QDate(2026, 9, 1));
        const RuleSet back = RuleSet::fromJson(r.toJson());
        QCOMPARE(back.toJson(), r.toJson());
    }
};

QTEST_GUILESS_MAIN(TestRuleSets)
#include "tst_rulesets.moc"
