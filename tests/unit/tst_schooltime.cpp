#include "calendar/SchoolTime.h"

#include <QTest>

using namespace idesk;

namespace {
const qint64 kMentor = 1, kEct = 2, kPartTime = 3;

SchoolTime fixture()
{
    const QString y = QStringLiteral("2026-27");
    SchoolCalendar calendar({{0, y, TermKind::Autumn, {QDate(2026, 9, 2), QDate(2026, 12, 18)}}},
                            {{0,
                              y,
                              ClosureKind::HalfTerm,
                              QStringLiteral("Half term"),
                              {QDate(2026, 10, 26), QDate(2026, 10, 30)}}},
                            {});
    // Two lessons, break, two lessons, lunch, one lesson: ids 1-7.
    SchoolDay day({{1, QStringLiteral("Reg"), QTime(8, 40), QTime(9, 0), PeriodKind::Registration},
                   {2, QStringLiteral("P1"), QTime(9, 0), QTime(10, 0), PeriodKind::Lesson},
                   {3, QStringLiteral("P2"), QTime(10, 0), QTime(11, 0), PeriodKind::Lesson},
                   {4, QStringLiteral("Break"), QTime(11, 0), QTime(11, 20), PeriodKind::Break},
                   {5, QStringLiteral("P3"), QTime(11, 20), QTime(12, 20), PeriodKind::Lesson},
                   {6, QStringLiteral("Lunch"), QTime(12, 20), QTime(13, 0), PeriodKind::Lunch},
                   {7, QStringLiteral("P4"), QTime(13, 0), QTime(14, 0), PeriodKind::Lesson}});
    ContractedTime contracted;
    for (int d = 1; d <= 5; ++d)
        contracted.byWeekday.insert(d, {QTime(8, 15), QTime(16, 45)});
    // The part-timer works Monday to Wednesday, mornings only.
    QHash<qint64, WorkSchedule> patterns{
        {kPartTime, {{1, 2, 3}, TimeWindow{QTime(8, 30), QTime(12, 30)}}}};
    // Two-week timetable: the mentor teaches P1 all week A and P2 all week B;
    // the ECT teaches P1 and P3 every day, with PPA in P4 on Mondays.
    QList<TimetableEntry> entries;
    for (int d = 1; d <= 5; ++d) {
        entries.append({kMentor, 0, d, 2, Activity::Teaching, QStringLiteral("9A")});
        entries.append({kMentor, 1, d, 3, Activity::Teaching, QStringLiteral("9B")});
        for (int w = 0; w < 2; ++w) {
            entries.append({kEct, w, d, 2, Activity::Teaching, QStringLiteral("7C")});
            entries.append({kEct, w, d, 5, Activity::Teaching, QStringLiteral("8D")});
        }
    }
    entries.append({kEct, 0, 1, 7, Activity::Ppa, {}});
    entries.append({kEct, 1, 1, 7, Activity::Ppa, {}});
    return SchoolTime(calendar, day, contracted, patterns, Timetable(2, entries));
}
} // namespace

class TestSchoolTime : public QObject
{
    Q_OBJECT
private slots:
    void weekLabelsAlternateOverSchoolWeeks_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("label");
        QTest::newRow("first week") << QDate(2026, 9, 2) << "A";
        QTest::newRow("second week") << QDate(2026, 9, 7) << "B";
        QTest::newRow("before half term") << QDate(2026, 10, 19) << "B"; // the 8th school week
        QTest::newRow("after half term continues")
            << QDate(2026, 11, 2) << "A"; // the 9th: no reset
    }
    void weekLabelsAlternateOverSchoolWeeks()
    {
        QFETCH(QDate, day);
        QFETCH(QString, label);
        QCOMPARE(QString(fixture().weekLabel(day)), label);
    }

    void teachingHoursAndContractedTime_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<qint64>("person");
        QTest::addColumn<bool>("teachingHours");
        QTest::addColumn<bool>("contracted");
        QTest::newRow("lesson") << QDateTime(QDate(2026, 9, 7), QTime(9, 30)) << kMentor << true
                                << true;
        QTest::newRow("break") << QDateTime(QDate(2026, 9, 7), QTime(11, 5)) << kMentor << false
                               << true;
        QTest::newRow("after school")
            << QDateTime(QDate(2026, 9, 7), QTime(16, 0)) << kMentor << false << true;
        QTest::newRow("after contracted time")
            << QDateTime(QDate(2026, 9, 7), QTime(17, 0)) << kMentor << false << false;
        QTest::newRow("half term")
            << QDateTime(QDate(2026, 10, 27), QTime(9, 30)) << kMentor << false << false;
        QTest::newRow("part-timer's afternoon")
            << QDateTime(QDate(2026, 9, 7), QTime(13, 30)) << kPartTime << true << false;
        QTest::newRow("part-timer's day off")
            << QDateTime(QDate(2026, 9, 10), QTime(9, 30)) << kPartTime << true << false;
        QTest::newRow("part-timer's morning")
            << QDateTime(QDate(2026, 9, 9), QTime(9, 30)) << kPartTime << true << true;
    }
    void teachingHoursAndContractedTime()
    {
        QFETCH(QDateTime, moment);
        QFETCH(qint64, person);
        QFETCH(bool, teachingHours);
        QFETCH(bool, contracted);
        const SchoolTime t = fixture();
        QCOMPARE(t.isInTeachingHours(moment), teachingHours);
        QCOMPARE(t.isInContractedTime(person, moment), contracted);
    }

    void workingSchoolDays()
    {
        const SchoolTime t = fixture();
        QVERIFY(t.isWorkingSchoolDay(kMentor, QDate(2026, 9, 10)));
        QVERIFY(!t.isWorkingSchoolDay(kPartTime, QDate(2026, 9, 10))); // Thursday
        QVERIFY(t.isWorkingSchoolDay(kPartTime, QDate(2026, 9, 9)));
        QVERIFY(!t.isWorkingSchoolDay(kMentor, QDate(2026, 10, 26))); // half term
        QVERIFY(!t.isInContractedTime(kMentor, QDateTime(QDate(2026, 9, 7), QTime(16, 30)), 30));
        QVERIFY(t.isInContractedTime(kMentor, QDateTime(QDate(2026, 9, 7), QTime(16, 0)), 45));
    }

    void sharedFreePeriodsFollowWeekAB()
    {
        const SchoolTime t = fixture();
        // Week A (7 Sep is week B; 14 Sep week A): mentor teaches P1, the ECT
        // teaches P1 and P3. Shared free: P2 and P4 each day = 10, P4 on
        // Monday being the ECT's PPA.
        const auto weekA = t.sharedFreePeriods(kMentor, kEct, QDate(2026, 9, 14));
        QCOMPARE(weekA.size(), 10);
        int ppa = 0;
        for (const auto &s : weekA) {
            QVERIFY(s.period.name == QLatin1String("P2") || s.period.name == QLatin1String("P4"));
            ppa += s.secondIsPpa ? 1 : 0;
        }
        QCOMPARE(ppa, 1);
        // Week B: the mentor teaches P2 instead, so only P4 is shared.
        const auto weekB = t.sharedFreePeriods(kMentor, kEct, QDate(2026, 9, 7));
        QCOMPARE(weekB.size(), 5);
        // Half term: nothing.
        QVERIFY(t.sharedFreePeriods(kMentor, kEct, QDate(2026, 10, 26)).isEmpty());
        // The part-timer works mornings Mon-Wed: with the mentor in week A,
        // P2 and P3 on three days (P4 is after their hours).
        QCOMPARE(t.sharedFreePeriods(kMentor, kPartTime, QDate(2026, 9, 14)).size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestSchoolTime)
#include "tst_schooltime.moc"
