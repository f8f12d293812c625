#include "TestDatabase.h"
#include "XlsxBuilder.h"
#include "services/StaffImportService.h"
#include "services/StaffMerge.h"
#include "storage/PersonRepository.h"

#include "application/StaffImportUseCases.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace idesk;

class TestStaffImport : public QObject
{
    Q_OBJECT

    QString write(TestDatabase &t, const QString &name, const QByteArray &content)
    {
        const QString path = t.folder() + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    Result<StaffImportPlan> plan(TestDatabase &t, const QString &path, const QString &sheet = {})
    {
        auto table = StaffImportService::load(path, sheet);
        if (!table)
            return table.error();
        StaffImportService service(t.db(), m_clock);
        auto columns = service.columnsFor(*table);
        if (!columns)
            return columns.error();
        return service.prepare(*table, *columns);
    }

    Status importFile(TestDatabase &t, const QString &path)
    {
        auto p = plan(t, path);
        if (!p)
            return p.error();
        auto r = StaffImportService(t.db(), m_clock).apply(*p, {}, m_clock.today());
        return r ? Status::success() : Status(r.error());
    }

    FixedClock m_clock{QDate(2026, 11, 23)};

    const QByteArray kStaff =
        "Staff Code,Title,Forename,Surname,Teacher Number,Email,QTS,Post,Start Date,FTE\n"
        "ABC,Ms,Alice,Brown,12 34 567,a.brown@school.example,Yes,Teacher,01/09/2020,1\n"
        "DEF,Mr,David,Evans,,d.evans@school.example,No,Cover supervisor,2021-01-04,0.6\n"
        "GHI,Dr,Grace,Hill,7654321,g.hill@school.example,01/07/2015,Head of Science,"
        "1 Sep 2015,1\n";

private slots:
    void headersOfEachSystem_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("SIMS") << QByteArray("Staff Code,Title,Legal Forename,Legal Surname,"
                                            "Teacher Number,Work Email Address");
        QTest::newRow("Arbor") << QByteArray("Title,First Name,Last Name,Teacher Reference "
                                             "Number,Email Address,Staff Code");
        QTest::newRow("Bromcom") << QByteArray("Code;Title;Given Name;Family Name;DfE Number;"
                                               "Email");
        QTest::newRow("ScholarPack") << QByteArray("Title\tForename\tSurname\tTRN\tEmail\t"
                                                   "Staff Initials");
        QTest::newRow("spreadsheet") << QByteArray("Name,TRN,E-mail,Initials");
    }
    void headersOfEachSystem()
    {
        QFETCH(QByteArray, header);
        const char sep = header.contains('\t') ? '\t' : header.contains(';') ? ';' : ',';
        const bool fullName = header.startsWith("Name");
        QByteArray row = fullName
                             ? QByteArray("\"Brown, Alice\",1234567,a.brown@school.example,ABC")
                             : QByteArray();
        if (!fullName) {
            // Values in the header's order, by what each column means.
            QList<QByteArray> cells;
            for (const QByteArray &h : header.split(sep)) {
                const QByteArray l = h.toLower();
                cells.append(
                    l.contains("title")                                                ? "Ms"
                    : l.contains("fore") || l.contains("first") || l.contains("given") ? "Alice"
                    : l.contains("sur") || l.contains("last") || l.contains("family")  ? "Brown"
                    : l.contains("mail")                           ? "a.brown@school.example"
                    : l.contains("code") || l.contains("initials") ? "ABC"
                                                                   : "1234567");
            }
            row = cells.join(sep);
        }
        TestDatabase t;
        auto p = plan(t, write(t, QStringLiteral("staff.csv"), header + "\r\n" + row + "\r\n"));
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QVERIFY2(p->ok(), p->ok() ? "" : qPrintable(p->problems().first().text()));
        QCOMPARE(p->changes.size(), 1);
        const Person &person = p->changes.first().after;
        QCOMPARE(person.firstName, QStringLiteral("Alice"));
        QCOMPARE(person.lastName, QStringLiteral("Brown"));
        QCOMPARE(person.trn, QStringLiteral("1234567"));
        QCOMPARE(person.email, QStringLiteral("a.brown@school.example"));
        QCOMPARE(person.staffCode, QStringLiteral("ABC"));
    }

    void problemsNameFileRowAndColumn_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("problem");
        QTest::newRow("short TRN") << QByteArray("ABC,Ann,Ash,1234,a@s.example,Yes,01/09/2020,1")
                                   << "staff.csv, row 2, column TRN:";
        QTest::newRow("email") << QByteArray("ABC,Ann,Ash,1234567,not-an-email,Yes,01/09/2020,1")
                               << "staff.csv, row 2, column Email: \"not-an-email\" is not an "
                                  "email address";
        QTest::newRow("date") << QByteArray("ABC,Ann,Ash,1234567,a@s.example,Yes,31/02/2020,1")
                              << "staff.csv, row 2, column Start Date: \"31/02/2020\" is not a "
                                 "date";
        QTest::newRow("QTS") << QByteArray("ABC,Ann,Ash,1234567,a@s.example,Maybe,01/09/2020,1")
                             << "staff.csv, row 2, column QTS: \"Maybe\"";
        QTest::newRow("FTE") << QByteArray("ABC,Ann,Ash,1234567,a@s.example,Yes,01/09/2020,1.5")
                             << "staff.csv, row 2, column FTE: \"1.5\" is not a full-time";
        QTest::newRow("no surname") << QByteArray("ABC,Ann,,1234567,a@s.example,Yes,01/09/2020,1")
                                    << "staff.csv, row 2, column Surname: the surname is empty";
        QTest::newRow("duplicate TRN")
            << QByteArray("ABC,Ann,Ash,1234567,a@s.example,Yes,01/09/2020,1\n"
                          "XYZ,Bob,Bell,1234567,b@s.example,Yes,01/09/2020,1")
            << "staff.csv, row 3, column TRN: TRN 1234567 is also on row 2";
        QTest::newRow("duplicate code")
            << QByteArray("ABC,Ann,Ash,1234567,a@s.example,Yes,01/09/2020,1\n\n"
                          "abc,Bob,Bell,7654321,b@s.example,Yes,01/09/2020,1")
            << "staff.csv, row 4, column Staff Code: staff code abc is also on row 2";
    }
    void problemsNameFileRowAndColumn()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, problem);
        TestDatabase t;
        const QString path =
            write(t, QStringLiteral("staff.csv"),
                  "Staff Code,Forename,Surname,TRN,Email,QTS,Start Date,FTE\n" + row + "\n");
        auto p = plan(t, path);
        QVERIFY(p);
        QVERIFY(!p->ok());
        QStringList texts;
        for (const auto &pr : p->problems())
            texts.append(pr.text());
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(problem),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        // A file with any problem is refused whole.
        auto applied = StaffImportService(t.db(), m_clock).apply(*p, {}, m_clock.today());
        QVERIFY(!applied);
        QCOMPARE(*PersonRepository(t.db()).count(), 0);
    }

    void valuesAsExportsWriteThem()
    {
        TestDatabase t;
        QVERIFY(importFile(t, write(t, QStringLiteral("s.csv"), kStaff)));
        auto people = *PersonRepository(t.db()).all();
        QCOMPARE(people.size(), 3);
        const Person alice = PersonRepository(t.db()).byStaffCode(QStringLiteral("ABC"))->value();
        QCOMPARE(alice.trn, QStringLiteral("1234567")); // spaces stripped, as DfE does
        QCOMPARE(alice.employmentStart, QDate(2020, 9, 1));
        QCOMPARE(alice.jobTitle, QStringLiteral("Teacher"));
        const Person david = PersonRepository(t.db()).byStaffCode(QStringLiteral("DEF"))->value();
        QVERIFY(!david.qts);
        QCOMPARE(david.fte, 0.6);
        QCOMPARE(david.workingPattern, WorkingPattern::PartTime);
        QCOMPARE(david.employmentStart, QDate(2021, 1, 4));
        const Person grace = PersonRepository(t.db()).byStaffCode(QStringLiteral("GHI"))->value();
        QVERIFY(grace.qts);
        QCOMPARE(grace.qtsDate, QDate(2015, 7, 1)); // a date in the QTS column
        QCOMPARE(grace.employmentStart, QDate(2015, 9, 1));
    }

    void sameFileTwiceChangesNothing()
    {
        TestDatabase t;
        const QString path = write(t, QStringLiteral("s.csv"), kStaff);
        QVERIFY(importFile(t, path));
        const auto before = *PersonRepository(t.db()).all();
        auto again = plan(t, path);
        QVERIFY(again && again->ok());
        QCOMPARE(again->count(StaffChange::Unchanged), 3);
        QCOMPARE(again->count(StaffChange::New), 0);
        QCOMPARE(again->count(StaffChange::Updated), 0);
        QVERIFY(importFile(t, path));
        const auto after = *PersonRepository(t.db()).all();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).email, before.at(i).email);
            QCOMPARE(after.at(i).fte, before.at(i).fte);
        }
    }

    void updatesShowOldAndNewAndMatchByTrnFirst()
    {
        TestDatabase t;
        QVERIFY(importFile(t, write(t, QStringLiteral("s.csv"), kStaff)));
        const qint64 aliceId =
            PersonRepository(t.db()).byStaffCode(QStringLiteral("ABC"))->value().id;
        // Alice's staff code and email changed; Grace's TRN cell is empty,
        // which must not erase the TRN held; David has left the file.
        const QString next = write(t, QStringLiteral("spring.csv"),
                                   "Staff Code,Forename,Surname,Teacher Number,Email\n"
                                   "ABR,Alice,Brown,1234567,alice.brown@school.example\n"
                                   "GHI,Grace,Hill,,g.hill@school.example\n"
                                   "NEW,Nina,Ward,2345678,n.ward@school.example\n");
        auto p = plan(t, next);
        QVERIFY(p && p->ok());
        QCOMPARE(p->count(StaffChange::New), 1);
        QCOMPARE(p->count(StaffChange::Updated), 1);
        QCOMPARE(p->count(StaffChange::Unchanged), 1);
        const StaffChange &alice = p->changes.first();
        QCOMPARE(alice.kind, StaffChange::Updated);
        QCOMPARE(alice.before.id, aliceId);
        QCOMPARE(alice.matchedBy, QStringLiteral("TRN"));
        QCOMPARE(alice.changes.size(), 2);
        QCOMPARE(alice.changes.at(0).field, StaffField::StaffCode);
        QCOMPARE(alice.changes.at(0).before, QStringLiteral("ABC"));
        QCOMPARE(alice.changes.at(0).after, QStringLiteral("ABR"));
        QCOMPARE(p->missing.size(), 1);
        QCOMPARE(p->missing.first().staffCode, QStringLiteral("DEF"));

        // Mark David as left; nobody is deleted.
        StaffImportService service(t.db(), m_clock);
        auto result = service.apply(*p, {p->missing.first().id}, QDate(2026, 12, 31));
        QVERIFY(result);
        QCOMPARE(*PersonRepository(t.db()).count(), 4);
        const Person david = PersonRepository(t.db()).byStaffCode(QStringLiteral("DEF"))->value();
        QCOMPARE(david.employmentEnd, QDate(2026, 12, 31));
        QCOMPARE(PersonRepository(t.db()).byId(aliceId)->staffCode, QStringLiteral("ABR"));
        QCOMPARE(PersonRepository(t.db()).byStaffCode(QStringLiteral("GHI"))->value().trn,
                 QStringLiteral("7654321"));

        // Undo puts everything back as it was.
        QVERIFY(service.revert(*result));
        QCOMPARE(*PersonRepository(t.db()).count(), 3);
        QCOMPARE(PersonRepository(t.db()).byId(aliceId)->staffCode, QStringLiteral("ABC"));
        QVERIFY(!PersonRepository(t.db())
                     .byStaffCode(QStringLiteral("DEF"))
                     ->value()
                     .employmentEnd.isValid());
    }

    void aValueBelongingToSomeoneElseIsAProblem()
    {
        TestDatabase t;
        QVERIFY(importFile(t, write(t, QStringLiteral("s.csv"), kStaff)));
        // Alice (matched by TRN) would take Grace's staff code.
        auto p = plan(t, write(t, QStringLiteral("x.csv"),
                               "Staff Code,Forename,Surname,TRN\nGHI,Alice,Brown,1234567\n"));
        QVERIFY(p);
        QVERIFY(!p->ok());
        QVERIFY2(p->problems().first().text().contains(
                     QLatin1String("x.csv, row 2, column Staff Code: staff code GHI already "
                                   "belongs to Grace Hill")),
                 qPrintable(p->problems().first().text()));
    }

    void applyIsAllOrNothing()
    {
        TestDatabase t;
        auto p = plan(t, write(t, QStringLiteral("s.csv"), kStaff));
        QVERIFY(p && p->ok());
        // Someone takes Grace's TRN after the preview: the third insert fails,
        // and the first two must not stay.
        Person other;
        other.firstName = QStringLiteral("Other");
        other.lastName = QStringLiteral("Person");
        other.trn = QStringLiteral("7654321");
        const qint64 otherId = *PersonRepository(t.db()).insert(other);
        auto r = StaffImportService(t.db(), m_clock).apply(*p, {}, m_clock.today());
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("s.csv, row 4")),
                 qPrintable(r.error().message));
        const auto people = *PersonRepository(t.db()).all();
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().id, otherId);
    }

    void titleRowsAboveTheHeaderAndRememberedColumns()
    {
        TestDatabase t;
        const QString path = write(t, QStringLiteral("mis.csv"),
                                   "Staff list report\nPrinted 20/11/2026\n\n"
                                   "Code,Known As,Surname,Teacher No,Mail\n"
                                   "ABC,Alice,Brown,1234567,a.brown@school.example\n");
        auto table = StaffImportService::load(path);
        QVERIFY(table);
        QCOMPARE(table->headerRow, 4);
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rowNumbers.first(), 5);
        StaffImportService service(t.db(), m_clock);
        StaffColumns guessed = *service.columnsFor(*table);
        QVERIFY(!guessed.has(StaffField::FirstName)); // "Known As" is not a name it knows
        QVERIFY(!guessed.missing().isEmpty());
        // The user picks the columns; the choice is kept for files with this header.
        guessed.setColumn(StaffField::FirstName, 1);
        guessed.setColumn(StaffField::Email, 4);
        guessed.setColumn(StaffField::Trn, 3);
        QVERIFY(service.rememberColumns(*table, guessed));
        const StaffColumns remembered = *service.columnsFor(*table);
        QCOMPARE(remembered.column(StaffField::FirstName), 1);
        QCOMPARE(remembered.column(StaffField::Email), 4);
        auto p = service.prepare(*table, remembered);
        QVERIFY(p && p->ok());
        QCOMPARE(p->changes.first().after.firstName, QStringLiteral("Alice"));
    }

    void excelWorkbookEndToEnd()
    {
        TestDatabase t;
        const auto book = XlsxBuilder::workbook(
            {{QStringLiteral("Cover"), "<row r=\"1\"><c t=\"inlineStr\"><is><t>See next sheet</t>"
                                       "</is></c></row>"},
             {QStringLiteral("Staff"),
              "<row r=\"2\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c>"
              "<c t=\"s\"><v>3</v></c><c t=\"s\"><v>4</v></c></row>"
              "<row r=\"3\"><c t=\"inlineStr\"><is><t>ABC</t></is></c><c t=\"inlineStr\"><is><t>"
              "Alice</t></is></c><c t=\"inlineStr\"><is><t>Brown</t></is></c><c><v>1234567</v>"
              "</c><c s=\"1\"><v>44075</v></c></row>"}},
            {"<t>Staff Code</t>", "<t>First Name</t>", "<t>Last Name</t>", "<t>TRN</t>",
             "<t>Start Date</t>"},
            {}, {0, 14});
        const QString path = write(t, QStringLiteral("staff.xlsx"), book.bytes());
        auto p = plan(t, path, QStringLiteral("Staff"));
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QVERIFY2(p->ok(), p->ok() ? "" : qPrintable(p->problems().first().text()));
        QCOMPARE(p->list.table.headerRow, 2);
        QCOMPARE(p->changes.first().row, 3);
        QCOMPARE(p->changes.first().after.employmentStart, QDate(2020, 9, 1));
        // The first sheet has no staff list header.
        auto cover = plan(t, path);
        QVERIFY(!cover);
        QVERIFY(cover.error().message.contains(QLatin1String("staff list's header")));
    }

    void importDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("UK") << "01/09/2020" << QDate(2020, 9, 1);
        QTest::newRow("ISO") << "2020-09-01" << QDate(2020, 9, 1);
        QTest::newRow("ISO with time") << "2020-09-01T00:00:00" << QDate(2020, 9, 1);
        QTest::newRow("UK with time") << "01/09/2020 00:00" << QDate(2020, 9, 1);
        QTest::newRow("SIMS") << "01-Sep-2020" << QDate(2020, 9, 1);
        QTest::newRow("British Sept") << "1 Sept 2020" << QDate(2020, 9, 1);
        QTest::newRow("long") << "1 September 2020" << QDate(2020, 9, 1);
        QTest::newRow("two-digit year") << "01/09/20" << QDate(2020, 9, 1);
        QTest::newRow("serial") << "44075" << QDate(2020, 9, 1);
        QTest::newRow("US order is not guessed") << "09/31/2020" << QDate();
        QTest::newRow("words") << "next week" << QDate();
    }
    void importDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(StaffListReader::parseDate(text), date);
    }

    // Writers take turns: a 20,000-row import is checked before it writes
    // and written in one short transaction, so small writes made all the
    // while on another connection (the CLI, a colleague) wait their turn and
    // every one succeeds.
    void smallWritesDuringALargeImportAllSucceed()
    {
        TestDatabase t;
        const qint64 someone = t.addPerson(QStringLiteral("ZZZ"));
        QByteArray csv = "Staff Code,Forename,Surname,Email\n";
        for (int i = 0; i < 20000; ++i)
            csv += QStringLiteral("T%1,First%1,Last%1,t%1@trust.example\n")
                       .arg(i, 5, 10, QLatin1Char('0'))
                       .toUtf8();
        auto p = plan(t, write(t, QStringLiteral("trust.csv"), csv));
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));

        std::atomic_bool importing{true};
        Status imported = Error::storage(QStringLiteral("not run"));
        const QString path = t.workspace().path();
        const StaffImportPlan thePlan = *p;
        QThread *importer = QThread::create([&] {
            const FixedClock clock(QDate(2026, 11, 23));
            auto ws = Workspace::open(path, clock);
            if (ws) {
                auto change = StaffImportUseCases(**ws).apply(thePlan, {}, clock.today());
                imported = change ? (*ws)->apply(**change) : Status(change.error());
            }
            importing = false;
        });
        importer->start();
        int tried = 0;
        int whileImporting = 0;
        QStringList failures;
        QElapsedTimer timer;
        timer.start();
        qint64 longest = 0;
        while ((importing || tried < 20) && timer.elapsed() < 120000) {
            QElapsedTimer one;
            one.start();
            const Status s = t.db().write([&]() -> Status {
                auto r = t.db().exec(QStringLiteral("UPDATE person SET email = ? WHERE id = ?"),
                                     {QStringLiteral("e%1@school.example").arg(tried), someone});
                return r ? Status::success() : Status(r.error());
            });
            longest = std::max(longest, one.elapsed());
            ++tried;
            whileImporting += importing ? 1 : 0;
            if (!s)
                failures.append(s.error().message);
            QThread::msleep(2);
        }
        importer->wait();
        delete importer;
        QVERIFY2(imported, qPrintable(imported.error().message));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(tried >= 20);
        // Some were started while the import ran, and waited for its one write.
        QVERIFY2(whileImporting >= 1, qPrintable(QString::number(whileImporting)));
        qInfo("%d small writes, %d started during the import, the longest took %lld ms", tried,
              whileImporting, longest);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM person")).value().toInt(),
                 20001);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT email FROM person WHERE id = ?"), {someone})
                     .value()
                     .toString(),
                 QStringLiteral("e%1@school.example").arg(tried - 1));
    }
};

QTEST_GUILESS_MAIN(TestStaffImport)
#include "tst_staffimport.moc"
