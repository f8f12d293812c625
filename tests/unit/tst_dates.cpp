#include "util/DateRange.h"
#include "util/Dates.h"

#include <QTest>

using namespace idesk;

class TestDates : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        // clang-format off
        QTest::newRow("iso") << "2026-09-01" << QDate(2026, 9, 1);
        QTest::newRow("uk") << "01/09/2026" << QDate(2026, 9, 1);
        QTest::newRow("uk short day") << "1/9/2026" << QDate(2026, 9, 1);
        QTest::newRow("uk is day first") << "02/03/2027" << QDate(2027, 3, 2);
        QTest::newRow("impossible") << "31/02/2027" << QDate();
        QTest::newRow("junk") << "next tuesday" << QDate();
        QTest::newRow("iso short parts") << "2026-9-1" << QDate(2026, 9, 1);
        QTest::newRow("uk dots") << "1.9.2026" << QDate(2026, 9, 1);
        QTest::newRow("uk dashes") << "01-09-2026" << QDate(2026, 9, 1);
        QTest::newRow("spaces around") << "  01/09/2026 " << QDate(2026, 9, 1);
        QTest::newRow("two-digit year") << "01/09/26" << QDate();
        QTest::newRow("trailing text") << "01/09/2026x" << QDate();
        QTest::newRow("three-digit day") << "001/09/2026" << QDate();
        QTest::newRow("iso time after") << "2026-09-01T00:00" << QDate();
        QTest::newRow("empty") << "" << QDate();
        QTest::newRow("non-ascii digits") << QString::fromUtf8("\u0661/9/2026") << QDate();
        // clang-format on
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(Dates::parse(text), expected);
    }
    void format_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("uk");
        // clang-format off
        QTest::newRow("padded") << QDate(2026, 9, 1) << "2026-09-01" << "01/09/2026";
        QTest::newRow("end of year") << QDate(2027, 12, 31) << "2027-12-31" << "31/12/2027";
        QTest::newRow("invalid") << QDate() << "" << "";
        // clang-format on
    }
    void format()
    {
        QFETCH(QDate, day);
        QFETCH(QString, iso);
        QFETCH(QString, uk);
        QCOMPARE(Dates::iso(day), iso);
        QCOMPARE(Dates::uk(day), uk);
        QCOMPARE(Dates::toDb(day).toString(), iso);
        QCOMPARE(Dates::toDb(day).isNull(), !day.isValid());
        QCOMPARE(Dates::fromDb(Dates::toDb(day)), day);
        // Stored values sometimes carry a time.
        if (day.isValid())
            QCOMPARE(Dates::fromDb(QVariant(iso + QStringLiteral("T08:30:00"))), day);
    }
    void academicYear_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("label");
        // clang-format off
        QTest::newRow("first day") << QDate(2026, 9, 1) << "2026-27";
        QTest::newRow("last day") << QDate(2027, 8, 31) << "2026-27";
        QTest::newRow("spring") << QDate(2027, 2, 1) << "2026-27";
        QTest::newRow("century edge") << QDate(2099, 10, 1) << "2099-00";
        // clang-format on
    }
    void academicYear()
    {
        QFETCH(QDate, day);
        QFETCH(QString, label);
        QCOMPARE(Dates::academicYearLabel(day), label);
    }
    void overlaps_data()
    {
        QTest::addColumn<QDate>("aFrom");
        QTest::addColumn<QDate>("aTo");
        QTest::addColumn<QDate>("bFrom");
        QTest::addColumn<QDate>("bTo");
        QTest::addColumn<bool>("overlap");
        const QDate none;
        // clang-format off
        QTest::newRow("both open") << QDate(2026, 1, 1) << none << QDate(2027, 1, 1) << none << true;
        QTest::newRow("touching day") << QDate(2026, 1, 1) << QDate(2026, 1, 31) << QDate(2026, 1, 31) << none << true;
        QTest::newRow("next day") << QDate(2026, 1, 1) << QDate(2026, 1, 31) << QDate(2026, 2, 1) << none << false;
        QTest::newRow("before open") << QDate(2026, 3, 1) << none << QDate(2026, 1, 1) << QDate(2026, 2, 28) << false;
        // clang-format on
    }
    void overlaps()
    {
        QFETCH(QDate, aFrom);
        QFETCH(QDate, aTo);
        QFETCH(QDate, bFrom);
        QFETCH(QDate, bTo);
        QFETCH(bool, overlap);
        const DateRange a{aFrom, aTo}, b{bFrom, bTo};
        QCOMPARE(a.overlaps(b), overlap);
        QCOMPARE(b.overlaps(a), overlap);
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
