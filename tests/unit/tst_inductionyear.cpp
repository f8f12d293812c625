#include "scheduling/InductionYear.h"

#include <QTest>

using namespace idesk;

// Terms an induction is credited with, over the school's calendar where it
// holds the year and the usual pattern's likely school days where it does not.
namespace {
Induction startingOn(QDate day, double fte = 1.0)
{
    Induction i;
    i.personId = 1;
    i.start = day;
    i.fte = fte;
    return i;
}

Term term(const char *year, TermKind kind, QDate from, QDate to)
{
    Term t;
    t.academicYear = QLatin1String(year);
    t.kind = kind;
    t.period = {from, to};
    return t;
}

// 2026-27 as a council published it; 2025-26 is not held.
SchoolCalendar calendar2026()
{
    return SchoolCalendar(
        {term("2026-27", TermKind::Autumn, QDate(2026, 9, 1), QDate(2026, 12, 18)),
         term("2026-27", TermKind::Spring, QDate(2027, 1, 4), QDate(2027, 3, 25)),
         term("2026-27", TermKind::Summer, QDate(2027, 4, 12), QDate(2027, 7, 21))},
        {{0,
          QStringLiteral("2026-27"),
          ClosureKind::Inset,
          QStringLiteral("INSET"),
          {QDate(2026, 9, 1), QDate(2026, 9, 2)}}},
        {});
}
} // namespace

class TestInductionYear : public QObject
{
    Q_OBJECT
private slots:
    void usualTermsAreLikelySchoolDays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("autumnFrom");
        QTest::addColumn<QDate>("autumnTo");
        QTest::addColumn<QDate>("springFrom");
        QTest::addColumn<QDate>("springTo");
        QTest::addColumn<QDate>("summerFrom");
        QTest::addColumn<QDate>("summerTo");
        // Easter 2026 is 5 April; Christmas falls on a Friday in 2026.
        QTest::newRow("2025-26") << 2025 << QDate(2025, 9, 1) << QDate(2025, 12, 19)
                                 << QDate(2026, 1, 5) << QDate(2026, 4, 2) << QDate(2026, 4, 13)
                                 << QDate(2026, 7, 22);
        // Easter 2027 is 28 March.
        QTest::newRow("2026-27") << 2026 << QDate(2026, 9, 1) << QDate(2026, 12, 18)
                                 << QDate(2027, 1, 4) << QDate(2027, 3, 25) << QDate(2027, 4, 5)
                                 << QDate(2027, 7, 22);
        // 20 December 2027 is a Monday: the break starts the Friday before.
        QTest::newRow("2027-28") << 2027 << QDate(2027, 9, 1) << QDate(2027, 12, 17)
                                 << QDate(2028, 1, 3) << QDate(2028, 4, 13) << QDate(2028, 4, 24)
                                 << QDate(2028, 7, 21);
    }
    void usualTermsAreLikelySchoolDays()
    {
        QFETCH(int, year);
        const QList<DateRange> t = InductionYear::usualTerms(year);
        QCOMPARE(t.size(), 3);
        QTEST(t.at(0).from, "autumnFrom");
        QTEST(t.at(0).to, "autumnTo");
        QTEST(t.at(1).from, "springFrom");
        QTEST(t.at(1).to, "springTo");
        QTEST(t.at(2).from, "summerFrom");
        QTEST(t.at(2).to, "summerTo");
        for (const DateRange &r : t) {
            QVERIFY(r.from.dayOfWeek() <= 5);
            QVERIFY(r.to.dayOfWeek() <= 5);
        }
    }

    // Issue 18: an ECT who started on Monday 5 January 2026, the first day of
    // the spring term, before the school held 2025-26's dates.
    void firstDayOfTermServesItWhole()
    {
        const Induction i = startingOn(QDate(2026, 1, 5));
        const SchoolCalendar calendar = calendar2026();
        const QList<TermCredit> credits = InductionYear::credits(i, calendar, QDate(2026, 12, 19));
        QCOMPARE(credits.size(), 3);
        QCOMPARE(credits.at(0).kind, TermKind::Spring);
        QVERIFY(credits.at(0).usual);
        QCOMPARE(credits.at(0).terms, 1.0);
        QCOMPARE(credits.at(1).terms, 1.0);
        QVERIFY(!credits.at(2).usual);
        QCOMPARE(credits.at(2).term.from, QDate(2026, 9, 1));
        QCOMPARE(credits.at(2).terms, 1.0);
        QCOMPARE(InductionYear::termsServed(i, calendar, QDate(2026, 12, 19)), 3.0);
        // Year two, and its fortnightly sessions, start with the spring term.
        QCOMPARE(InductionYear::yearOn(i, calendar, QDate(2027, 1, 4), 6.0), 2);
        QCOMPARE(InductionYear::yearOn(i, calendar, QDate(2026, 12, 1), 6.0), 1);
    }

    void startsAndFractions_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<double>("fte");
        QTest::addColumn<double>("autumn"); // credit for autumn 2026 by 19/12/2026
        // The term's first day is an INSET day: starting on the first school
        // day after it serves the term whole.
        QTest::newRow("after the INSET days") << QDate(2026, 9, 3) << 1.0 << 1.0;
        QTest::newRow("on the term's first day") << QDate(2026, 9, 1) << 1.0 << 1.0;
        // Half way through: by days.
        QTest::newRow("from 26 October") << QDate(2026, 10, 26) << 1.0 << 54.0 / 109.0;
        QTest::newRow("part time") << QDate(2026, 9, 3) << 0.6 << 0.6;
    }
    void startsAndFractions()
    {
        QFETCH(QDate, start);
        QFETCH(double, fte);
        QFETCH(double, autumn);
        const auto credits =
            InductionYear::credits(startingOn(start, fte), calendar2026(), QDate(2026, 12, 19));
        QCOMPARE(credits.size(), 1);
        QVERIFY2(qAbs(credits.first().terms - autumn) < 1e-9,
                 qPrintable(QString::number(credits.first().terms)));
    }

    void aGuessedTermStartHasAWeeksSlack()
    {
        // The usual spring 2026 starts on 5 January; a school that went back
        // on Wednesday 7 January still served the term whole, one that
        // started a fortnight in did not.
        const SchoolCalendar none;
        auto c = InductionYear::credits(startingOn(QDate(2026, 1, 7)), none, QDate(2026, 4, 3));
        QCOMPARE(c.first().terms, 1.0);
        c = InductionYear::credits(startingOn(QDate(2026, 1, 19)), none, QDate(2026, 4, 3));
        QVERIFY(c.first().terms < 0.85);
    }
};

QTEST_GUILESS_MAIN(TestInductionYear)
#include "tst_inductionyear.moc"
