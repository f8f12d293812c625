#include "calendar/BankHolidaysFile.h"
#include "calendar/SchoolCalendar.h"

#include <QTest>

using namespace idesk;

namespace {
// A real 2026-27 pattern published by English schools following their local
// authority: terms 1 Sep-18 Dec, 4 Jan-25 Mar, 12 Apr-21 Jul; five INSET days.
SchoolCalendar england2026()
{
    const QString y = QStringLiteral("2026-27");
    QList<Term> terms{{0, y, TermKind::Autumn, {QDate(2026, 9, 1), QDate(2026, 12, 18)}},
                      {0, y, TermKind::Spring, {QDate(2027, 1, 4), QDate(2027, 3, 25)}},
                      {0, y, TermKind::Summer, {QDate(2027, 4, 12), QDate(2027, 7, 21)}}};
    QList<Closure> closures{
        {0,
         y,
         ClosureKind::HalfTerm,
         QStringLiteral("Autumn half term"),
         {QDate(2026, 10, 26), QDate(2026, 10, 30)}},
        {0,
         y,
         ClosureKind::HalfTerm,
         QStringLiteral("Spring half term"),
         {QDate(2027, 2, 15), QDate(2027, 2, 19)}},
        {0,
         y,
         ClosureKind::HalfTerm,
         QStringLiteral("Summer half term"),
         {QDate(2027, 5, 31), QDate(2027, 6, 4)}},
        {0,
         y,
         ClosureKind::Inset,
         QStringLiteral("INSET day"),
         {QDate(2026, 9, 1), QDate(2026, 9, 1)}},
        {0,
         y,
         ClosureKind::Inset,
         QStringLiteral("INSET day"),
         {QDate(2026, 10, 23), QDate(2026, 10, 23)}},
        {0,
         y,
         ClosureKind::Inset,
         QStringLiteral("INSET day"),
         {QDate(2026, 12, 4), QDate(2026, 12, 4)}},
        {0,
         y,
         ClosureKind::Inset,
         QStringLiteral("INSET day"),
         {QDate(2027, 5, 28), QDate(2027, 5, 28)}},
        {0,
         y,
         ClosureKind::Inset,
         QStringLiteral("INSET day"),
         {QDate(2027, 6, 7), QDate(2027, 6, 7)}},
    };
    return SchoolCalendar(terms, closures, BankHolidaysFile::shipped());
}
} // namespace

class TestSchoolCalendar : public QObject
{
    Q_OBJECT
private slots:
    void schoolDaysPerTerm_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("weeks");
        // Counted by hand: weekdays in term, less half term, INSET days and
        // bank holidays in term time (3 May 2027). 71 + 54 + 65 = 190, the
        // statutory number of teaching days.
        QTest::newRow("autumn") << "autumn-2026" << 71 << 15;
        QTest::newRow("spring") << "spring-2027" << 54 << 11;
        QTest::newRow("summer") << "summer-2027" << 65 << 14;
    }
    void schoolDaysPerTerm()
    {
        QFETCH(QString, term);
        QFETCH(int, days);
        QFETCH(int, weeks);
        const SchoolCalendar calendar = england2026();
        const Term *t = calendar.termByLabel(term);
        QVERIFY(t);
        QCOMPARE(calendar.schoolDayCount(*t), days);
        QCOMPARE(calendar.schoolWeeks(t->period).size(), weeks);
    }

    void closedDaysSayWhy_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("why"); // empty: open
        QTest::newRow("first day is INSET") << QDate(2026, 9, 1) << "INSET day";
        QTest::newRow("first teaching day") << QDate(2026, 9, 2) << "";
        QTest::newRow("half term") << QDate(2026, 10, 28) << "Autumn half term";
        QTest::newRow("Saturday") << QDate(2026, 11, 21) << "Saturday";
        QTest::newRow("Christmas holidays") << QDate(2026, 12, 21) << "Outside term";
        QTest::newRow("Boxing Day substitute")
            << QDate(2026, 12, 28) << "Bank holiday (Boxing Day)";
        QTest::newRow("May Day in term")
            << QDate(2027, 5, 3) << "Bank holiday (Early May bank holiday)";
        QTest::newRow("last day of the year") << QDate(2027, 7, 21) << "";
        QTest::newRow("summer holiday") << QDate(2027, 7, 22) << "Outside term";
    }
    void closedDaysSayWhy()
    {
        QFETCH(QDate, day);
        QFETCH(QString, why);
        const SchoolCalendar calendar = england2026();
        QCOMPARE(calendar.closedBecause(day), why);
        QCOMPARE(calendar.isOpen(day), why.isEmpty());
    }

    void weeksStartOnMonday()
    {
        const SchoolCalendar calendar = england2026();
        const auto weeks = calendar.schoolWeeks({QDate(2026, 9, 1), QDate(2026, 9, 13)});
        QCOMPARE(weeks, (QList<QDate>{QDate(2026, 8, 31), QDate(2026, 9, 7)}));
    }

    void bankHolidaysFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::newRow("GOV.UK shape")
            << QByteArray(
                   R"({"england-and-wales":{"division":"england-and-wales","events":[{"title":"Christmas Day","date":"2030-12-25","notes":"","bunting":true}]},"scotland":{"division":"scotland","events":[]}})")
            << "";
        QTest::newRow("not JSON") << QByteArray("<html>") << "not JSON";
        QTest::newRow("Scotland only")
            << QByteArray(R"({"scotland":{"events":[]}})") << "england-and-wales";
        QTest::newRow("bad date")
            << QByteArray(R"({"england-and-wales":{"events":[{"title":"X","date":"25/12/2030"}]}})")
            << "event 1";
    }
    void bankHolidaysFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto r = BankHolidaysFile::parse(json, QStringLiteral("bank-holidays.json"));
        QCOMPARE(r.ok(), error.isEmpty());
        if (!r.ok()) {
            QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
            QVERIFY(r.error().message.startsWith(QStringLiteral("bank-holidays.json")));
        }
    }

    void shippedBankHolidaysCoverTheYears()
    {
        const auto &list = BankHolidaysFile::shipped();
        int in2027 = 0;
        for (const auto &b : list)
            in2027 += b.date.year() == 2027 ? 1 : 0;
        QCOMPARE(in2027, 8);
    }
};

QTEST_GUILESS_MAIN(TestSchoolCalendar)
#include "tst_schoolcalendar.moc"
