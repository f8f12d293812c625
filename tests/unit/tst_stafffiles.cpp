#include "io/StaffColumns.h"
#include "io/StaffListReader.h"
#include "io/XlsxReader.h"

#include "XlsxBuilder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace idesk;

// Staff lists as school systems and spreadsheets export them, and the files a
// tutor picks by mistake: each read, or refused with a message that names
// the file and the place and says what to do.
class TestStaffFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static const QString &staffText()
    {
        static const QString text =
            QStringLiteral("Staff code\tFirst name\tLast name\tEmail\n"
                           "SOB\tSiobhán\tÓ Briain\tsob@school.example\n"
                           "ZKW\tZoë\tKowalczyk-Wróbel\tzkw@school.example\n");
        return text;
    }
    // An Office compound file (what Excel writes for .xls and for a workbook
    // with a password to open) whose directory names these streams.
    static QByteArray compoundFile(const QStringList &streams)
    {
        QByteArray header("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        header.append(QByteArray(512 - 8, '\0'));
        QByteArray directory;
        for (const QString &s : QStringList{QStringLiteral("Root Entry")} + streams) {
            QByteArray entry(128, '\0');
            const QByteArray name(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
            entry.replace(0, name.size(), name);
            directory += entry;
        }
        return header + directory + QByteArray(512 - directory.size() % 512, '\0');
    }

private slots:
    void unicodeTextFromExcel_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("mark");
        QTest::newRow("UTF-16LE with BOM") << "UTF-16LE" << true;
        QTest::newRow("UTF-16BE with BOM") << "UTF-16BE" << true;
        QTest::newRow("UTF-16LE, no BOM") << "UTF-16LE" << false;
    }
    void unicodeTextFromExcel()
    {
        QFETCH(QString, encoding);
        QFETCH(bool, mark);
        QStringEncoder encoder(encoding == QLatin1String("UTF-16LE") ? QStringConverter::Utf16LE
                                                                     : QStringConverter::Utf16BE,
                               mark ? QStringConverter::Flag::WriteBom
                                    : QStringConverter::Flag::Default);
        const QByteArray bytes = encoder.encode(staffText());
        const auto table = StaffListReader::readTable(write(QStringLiteral("staff.txt"), bytes));
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->encoding, encoding);
        QCOMPARE(table->separator, QLatin1Char('\t'));
        QCOMPARE(table->header.first(), QStringLiteral("Staff code"));
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0).at(2), QStringLiteral("Ó Briain"));
        QCOMPARE(table->rows.at(1).at(1), QStringLiteral("Zoë"));
    }

    void libreOfficeEmptyRowsToTheLastRow()
    {
        // LibreOffice writes every formatted row, down to row 1,048,576.
        QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Staff code</t></is></c>"
                          "<c r=\"B1\" t=\"inlineStr\"><is><t>First name</t></is></c>"
                          "<c r=\"C1\" t=\"inlineStr\"><is><t>Last name</t></is></c></row>"
                          "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>ABC</t></is></c>"
                          "<c r=\"B2\" t=\"inlineStr\"><is><t>Ann</t></is></c>"
                          "<c r=\"C2\" t=\"inlineStr\"><is><t>Bell</t></is></c></row>";
        rows.reserve(80 * 1'048'576);
        for (int r = 3; r <= 1'048'576; ++r) {
            const QByteArray n = QByteArray::number(r);
            rows += "<row r=\"" + n + "\" s=\"1\" customFormat=\"true\"><c r=\"A" + n +
                    "\" s=\"1\"/></row>";
        }
        const QByteArray book =
            XlsxBuilder::workbook({{QStringLiteral("Staff"), rows}}, {}, {}, {0, 0}).bytes();
        rows.clear();
        const auto table =
            StaffListReader::readTable(write(QStringLiteral("libreoffice.xlsx"), book));
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rows.first().at(1), QStringLiteral("Ann"));
    }

    void aValueFarDownIsStillRead()
    {
        // Empty formatted rows, then a last member of staff far down: the
        // trailing empty rows are cut after her row, never before it.
        QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Staff code</t></is>"
                          "</c><c r=\"B1\" t=\"inlineStr\"><is><t>Last name</t></is></c></row>";
        for (int r = 2; r < 200'000; ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\" s=\"1\"><c r=\"A" +
                    QByteArray::number(r) + "\" s=\"1\"/></row>";
        rows += "<row r=\"200000\"><c r=\"A200000\" t=\"inlineStr\"><is><t>ZZZ</t></is></c>"
                "<c r=\"B200000\"><v>42</v></c></row>";
        for (int r = 200'001; r < 260'000; ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\" s=\"1\"><c r=\"A" +
                    QByteArray::number(r) + "\" s=\"1\"/></row>";
        const QByteArray book = XlsxBuilder::workbook({{QStringLiteral("Staff"), rows}}).bytes();
        const auto table = StaffListReader::readTable(write(QStringLiteral("far.xlsx"), book));
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rowNumbers.first(), 200000);
        QCOMPARE(table->rows.first(), QStringList({QStringLiteral("ZZZ"), QStringLiteral("42")}));
    }

    void refusedWithItsOwnMessage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("password-protected")
            << "staff.xlsx"
            << compoundFile({QStringLiteral("EncryptionInfo"), QStringLiteral("EncryptedPackage")})
            << "staff.xlsx: is protected with a password, so it cannot be read: open it in Excel, "
               "remove the password";
        QTest::newRow("old .xls") << "staff.xls" << compoundFile({QStringLiteral("Workbook")})
                                  << "staff.xls: is an old Excel 97-2003 workbook (.xls)";
        QTest::newRow("text named .xlsx")
            << "staff.xlsx" << QByteArray("Staff code,First name,Last name\nABC,Ann,Bell\n")
            << "staff.xlsx: is named .xlsx but is a text file, not an Excel workbook";
        QTest::newRow("Unicode text named .xls")
            << "staff.xls" << QByteArray("\xFF\xFES\0t\0a\0f\0f\0\n\0", 14)
            << "staff.xls: is named .xls but is a text file";
        QTest::newRow("ods") << "staff.xlsx"
                             << QByteArray("PK\x03\x04", 4) + QByteArray(26, '\0') +
                                    "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
                             << "staff.xlsx: is an OpenDocument spreadsheet (.ods)";
    }
    void refusedWithItsOwnMessage()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto table = StaffListReader::readTable(write(name, bytes));
        QVERIFY(!table);
        QVERIFY2(table.error().message.startsWith(message), qPrintable(table.error().message));
        QCOMPARE(table.error().located.size(), 1);
        QCOMPARE(table.error().located.first().place.file, name);
    }

    void rowsWithMoreOrFewerFieldsThanTheHeader()
    {
        const QString path = write(QStringLiteral("shifted.csv"),
                                   "Staff code,First name,Last name,Email\n"
                                   "ABC,Ann,Bell,ab@school.example\n"
                                   "DEF,Dan,Ede, Jr,de@school.example\n" // unquoted comma
                                   "GHI,Gil,Hay\n"                       // a field short
                                   "JKL,Jo,Kim,jk@school.example,,\n");  // empty extras: fine
        const auto table = StaffListReader::readTable(path);
        QVERIFY(table);
        const StaffList list = StaffListReader::parse(*table, StaffColumns::guess(table->header));
        QCOMPARE(list.records.size(), 2);
        QCOMPARE(list.problems.size(), 2);
        QCOMPARE(list.problems.at(0).row, 3);
        QVERIFY2(list.problems.at(0).message.startsWith(
                     QLatin1String("the row has 5 fields where the header (row 1) has 4")),
                 qPrintable(list.problems.at(0).message));
        QCOMPARE(list.problems.at(1).row, 4);
        QVERIFY(list.problems.at(1).message.startsWith(QLatin1String("the row has 3 fields")));
    }

    void overlongSharedTextNamesItsCell()
    {
        const QByteArray big(XlsxReader::Limits{}.maxCellChars + 1, 'x');
        const QByteArray book =
            XlsxBuilder::workbook(
                {{QStringLiteral("Staff"),
                  "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                  "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c>"
                  "</row>"}},
                {"<t>Staff code</t>", "<t>" + big + "</t>"})
                .bytes();
        const auto table = StaffListReader::readTable(write(QStringLiteral("long.xlsx"), book));
        QVERIFY(!table);
        QVERIFY2(table.error().message.startsWith(
                     QLatin1String("long.xlsx, sheet Staff, row 2, column B: the cell's text is "
                                   "longer than 32767 characters")),
                 qPrintable(table.error().message));
    }
};

QTEST_GUILESS_MAIN(TestStaffFiles)
#include "tst_stafffiles.moc"
