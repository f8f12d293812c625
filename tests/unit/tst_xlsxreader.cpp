#include "XlsxBuilder.h"
#include "io/XlsxReader.h"

#include <QTest>

using namespace idesk;

namespace {
// A SIMS-style export: a title, a blank row, then the header on row 3.
XlsxBuilder staffWorkbook()
{
    const QByteArray sheet1 =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>2</v></c>"
        "<c r=\"C3\" t=\"s\"><v>3</v></c><c r=\"D3\" t=\"s\"><v>4</v></c>"
        "<c r=\"E3\" t=\"s\"><v>5</v></c><c r=\"F3\" t=\"s\"><v>6</v></c></row>"
        // dates by built-in format 14 (style 1) and a custom dd/mm/yyyy (style 2)
        "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>ABC</t></is></c>"
        "<c r=\"B4\" t=\"s\"><v>7</v></c><c r=\"C4\"><v>1234567</v></c>"
        "<c r=\"D4\" s=\"1\"><v>44075</v></c><c r=\"E4\" s=\"3\"><v>0.6</v></c>"
        "<c r=\"F4\" t=\"b\"><v>1</v></c></row>"
        // a sparse row: no B cell, no r attributes on cells
        "<row r=\"5\"><c t=\"inlineStr\"><is><t>XYZ</t></is></c><c/><c><v>7654321</v></c>"
        "<c s=\"2\"><v>45170</v></c><c><v>1</v></c><c t=\"b\"><v>0</v></c></row>";
    const QByteArray sheet2 = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Other</t></is></c>"
                              "</row><row r=\"2\"><c r=\"A2\"><v>42</v></c></row>";
    return XlsxBuilder::workbook(
        {{QStringLiteral("Staff"), sheet1}, {QStringLiteral("Notes"), sheet2}},
        {"<t>Hollinsbrook staff list</t>", "<t>Staff Code</t>", "<t>Forename</t>",
         "<t>Teacher Number</t>", "<t>Start Date</t>", "<t>FTE</t>", "<t>QTS</t>",
         // rich text in runs, with a phonetic guide that is not part of the text
         "<r><t>Ca</t></r><r><rPr><b/></rPr><t>therine</t></r><rPh><t>x</t></rPh>"},
        "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"0.0&quot; days&quot;\"/>",
        {0, 14, 164, 165});
}
} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT
private slots:
    void readsCellsAsAPersonSeesThem()
    {
        auto table = XlsxReader::read(staffWorkbook().bytes(), QStringLiteral("staff.xlsx"));
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->sheet, QStringLiteral("Staff"));
        QCOMPARE(table->encoding, QStringLiteral("XLSX"));
        // The title is the first non-blank row; the staff importer finds the real header.
        QCOMPARE(table->header, QStringList{QStringLiteral("Hollinsbrook staff list")});
        QCOMPARE(table->headerRow, 1);
        QCOMPARE(table->rows.size(), 3);
        QCOMPARE(table->rowNumbers, (QList<int>{3, 4, 5}));
        QCOMPARE(table->rows.at(0),
                 (QStringList{QStringLiteral("Staff Code"), QStringLiteral("Forename"),
                              QStringLiteral("Teacher Number"), QStringLiteral("Start Date"),
                              QStringLiteral("FTE"), QStringLiteral("QTS")}));
        QCOMPARE(table->rows.at(1),
                 (QStringList{QStringLiteral("ABC"), QStringLiteral("Catherine"),
                              QStringLiteral("1234567"), QStringLiteral("2020-09-01"),
                              QStringLiteral("0.6"), QStringLiteral("TRUE")}));
        QCOMPARE(table->rows.at(2),
                 (QStringList{QStringLiteral("XYZ"), QStringLiteral(""), QStringLiteral("7654321"),
                              QStringLiteral("2023-09-01"), QStringLiteral("1"),
                              QStringLiteral("FALSE")}));
    }

    void chosenSheetAndUnknownSheet()
    {
        const QByteArray data = staffWorkbook().bytes();
        auto notes = XlsxReader::read(data, QStringLiteral("staff.xlsx"), QStringLiteral("notes"));
        QVERIFY(notes);
        QCOMPARE(notes->sheet, QStringLiteral("Notes"));
        QCOMPARE(notes->rows.at(0), QStringList{QStringLiteral("42")});
        auto missing = XlsxReader::read(data, QStringLiteral("staff.xlsx"), QStringLiteral("Pay"));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QLatin1String("its sheets are: Staff, Notes")),
                 qPrintable(missing.error().message));
        QCOMPARE(*XlsxReader::sheetNames(data, QStringLiteral("staff.xlsx")),
                 (QStringList{QStringLiteral("Staff"), QStringLiteral("Notes")}));
    }

    void date1904System()
    {
        const auto book = XlsxBuilder::workbook(
            {{QStringLiteral("S"), "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Start</t></is>"
                                   "</c></row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>42613</v></c>"
                                   "</row>"}},
            {}, {}, {0, 14}, true);
        auto table = XlsxReader::read(book.bytes(), QStringLiteral("mac.xlsx"));
        QVERIFY(table);
        QCOMPARE(table->rows.at(0).at(0), QStringLiteral("2020-09-01"));
    }

    void serialDates_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<QDate>("date");
        QTest::newRow("1") << 1.0 << QDate(1900, 1, 1);
        QTest::newRow("59") << 59.0 << QDate(1900, 2, 28);
        QTest::newRow("61, after the day that never was") << 61.0 << QDate(1900, 3, 1);
        QTest::newRow("1 Sep 2020") << 44075.0 << QDate(2020, 9, 1);
        QTest::newRow("with a time") << 44075.75 << QDate(2020, 9, 1);
        QTest::newRow("zero") << 0.0 << QDate();
        QTest::newRow("negative") << -5.0 << QDate();
    }
    void serialDates()
    {
        QFETCH(double, serial);
        QFETCH(QDate, date);
        QCOMPARE(XlsxReader::dateFromSerial(serial, false), date);
    }

    void hostileFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a zip")
            << QByteArray("PK\x03\x04 this is junk", 20) << "is not an Excel workbook";
        QTest::newRow("binary junk") << QByteArray(4096, '\xff') << "is not an Excel workbook";
        // 40 MB of one repeated byte compresses more than a thousand to one.
        XlsxBuilder bomb = XlsxBuilder::workbook({{QStringLiteral("S"), "<row/>"}});
        bomb.add(QStringLiteral("xl/worksheets/sheet9.xml"), QByteArray(40 * 1024 * 1024, ' '));
        QTest::newRow("zip bomb") << bomb.bytes() << "zip bomb";
        const QByteArray laughs =
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
            "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><worksheet><sheetData><row>"
            "<c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>";
        XlsxBuilder dtd = XlsxBuilder::workbook({{QStringLiteral("S"), "<row/>"}});
        dtd.add(QStringLiteral("xl/sharedStrings.xml"), laughs);
        QTest::newRow("entity expansion") << dtd.bytes() << "declares a DTD";
        QTest::newRow("bad xml")
            << XlsxBuilder::workbook({{QStringLiteral("S"), "<row><c><v>1</v></row>"}}).bytes()
            << "not well-formed";
        QTest::newRow("far column")
            << XlsxBuilder::workbook({{QStringLiteral("S"), "<row r=\"1\"><c r=\"XFD1\"><v>1</v>"
                                                            "</c></row>"}})
                   .bytes()
            << "beyond column";
        QTest::newRow("empty sheet") << XlsxBuilder::workbook({{QStringLiteral("S"), ""}}).bytes()
                                     << "bad.xlsx, sheet S: the sheet is empty";
    }
    void hostileFilesAreRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        auto table = XlsxReader::read(data, QStringLiteral("bad.xlsx"));
        QVERIFY(!table);
        QVERIFY2(table.error().message.contains(message), qPrintable(table.error().message));
        QVERIFY(table.error().message.startsWith(QLatin1String("bad.xlsx")));
    }

    void overlongCellIsRefused()
    {
        const QByteArray big(XlsxReader::Limits{}.maxCellChars + 10, 'a');
        const auto book =
            XlsxBuilder::workbook({{QStringLiteral("S"), "<row r=\"1\"><c t=\"inlineStr\"><is><t>" +
                                                             big + "</t></is></c></row>"}});
        auto table = XlsxReader::read(book.bytes(), QStringLiteral("long.xlsx"));
        QVERIFY(!table);
        QVERIFY(table.error().message.contains(QLatin1String("more than 32767 characters")));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
