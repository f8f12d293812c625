#include "io/CsvReader.h"

#include <QTest>

using namespace idesk;

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("lastCell");
        QTest::addColumn<int>("rows");
        QTest::newRow("utf-8 comma LF") << QByteArray("Code,Name\nABC,Zoë\n") << "UTF-8"
                                        << ","
                                        << "Zoë" << 1;
        QTest::newRow("BOM semicolon CRLF") << QByteArray("\xEF\xBB\xBF"
                                                          "Code;Name\r\nABC;Zoë\r\n")
                                            << "UTF-8 with BOM"
                                            << ";"
                                            << "Zoë" << 1;
        QTest::newRow("Windows-1252")
            << QByteArray("Code,Name\nABC,Zo\xEB \x93Jo\x94\n") << "Windows-1252"
            << "," << QString::fromUtf8("Zoë “Jo”") << 1;
        QTest::newRow("tab") << QByteArray("Code\tName\nABC\tSmith, Jo\n") << "UTF-8"
                             << "\t"
                             << "Smith, Jo" << 1;
        QTest::newRow("quotes and newline")
            << QByteArray("Code,Note\nABC,\"He said \"\"hi\"\"\nthen left\"\n") << "UTF-8"
            << ","
            << "He said \"hi\"\nthen left" << 1;
        QTest::newRow("blank rows skipped") << QByteArray("Code,Name\n\n,\nABC,Jo\n") << "UTF-8"
                                            << ","
                                            << "Jo" << 1;
        QTest::newRow("no final newline") << QByteArray("Code,Name\nABC,Jo") << "UTF-8"
                                          << ","
                                          << "Jo" << 1;
    }
    void reads()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, encoding);
        QFETCH(QString, separator);
        QFETCH(QString, lastCell);
        QFETCH(int, rows);
        const auto t = CsvReader::read(data, QStringLiteral("staff.csv"));
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QCOMPARE(t->encoding, encoding);
        QCOMPARE(QString(t->separator), separator);
        QCOMPARE(t->rows.size(), rows);
        QCOMPARE(t->rows.last().last(), lastCell);
        QCOMPARE(t->column({QStringLiteral("staff code"), QStringLiteral("code")}), 0);
    }

    void rowNumbersAreThoseASpreadsheetShows()
    {
        // Header row 1; a blank row 3 is skipped but still counted; a quoted
        // line break does not start a new row.
        const auto t = CsvReader::read("Code,Note\nA,\"x\ny\"\n\nB,z\n", QStringLiteral("f.csv"));
        QVERIFY(t.ok());
        QCOMPARE(t->rowNumbers, (QList<int>{2, 4}));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0junk", 10) << "not a text file";
        QTest::newRow("empty") << QByteArray("\n\n") << "empty";
        QTest::newRow("open quote") << QByteArray("A,B\n\"never closed,1\n") << "never closed";
        QTest::newRow("huge field") << QByteArray("A\n") + QByteArray(40000, 'x') << "longer than";
    }
    void refuses()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const auto t = CsvReader::read(data, QStringLiteral("bad.csv"));
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(message), qPrintable(t.error().message));
        QVERIFY(t.error().message.startsWith(QStringLiteral("bad.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
