#include "CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Real files through the real CLI: a dry run and the import give the same
// result; what looks wrong is saved only with --accept-warnings; a refused
// file names the file and the line, and with --json prints the `errors`
// shape a refused staff row has.
class TestCliFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(const QStringList &args)
    {
        return runCli(m_db, m_dir.filePath(QStringLiteral("xdg")), args);
    }
    static QString ics(const char *name)
    {
        return QStringLiteral(FIXTURES_DIR "/ics/") + QLatin1String(name);
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        return writeTestFile(QDir(m_dir.path()), name, content);
    }
    QJsonArray termsHeld(const QString &year = QStringLiteral("2026-27"))
    {
        return cli({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("--year"),
                    year, QStringLiteral("--json")})
            .json()
            .object()
            .value(QStringLiteral("terms"))
            .toArray();
    }

private slots:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("files-%1.inductiondesk").arg(++n));
        QCOMPARE(cli({QStringLiteral("init")}).exit, 0);
    }

    void dryRunIsTheImport_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"primary-last-teaching-day.ics", "pupils-resume.ics", "council-school-days.ics",
              "council-holidays-only.ics", "timetable-weeks.ics", "several-calendars.ics",
              "la-2026-27.ics", "scottish-august-start.ics"})
            QTest::newRow(f) << ics(f);
    }
    void dryRunIsTheImport()
    {
        QFETCH(QString, file);
        const CliRun dry = cli({"calendar", "import-ics", file, "--dry-run", "--json"});
        QCOMPARE(dry.exit, 0);
        QCOMPARE(dry.json().object().value(QStringLiteral("saved")).toBool(), false);
        QCOMPARE(termsHeld().size(), 0);
        const CliRun real = cli({"calendar", "import-ics", file, "--json"});
        QCOMPARE(real.exit, 0);
        QCOMPARE(real.json().object().value(QStringLiteral("saved")).toBool(), true);
        QJsonObject a = dry.json().object(), b = real.json().object();
        a.remove(QStringLiteral("saved"));
        b.remove(QStringLiteral("saved"));
        QCOMPARE(a, b);
        const QJsonArray years = a.value(QStringLiteral("years")).toArray();
        QCOMPARE(termsHeld(), years.at(0).toObject().value(QStringLiteral("terms")).toArray());
        QCOMPARE(termsHeld().size(), 3);
    }

    void warningsNeedTheTutorsWord()
    {
        const QString file = ics("university-terms.ics");
        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--dry-run")}}) {
            const CliRun r = cli(QStringList{"calendar", "import-ics", file} + extra);
            QCOMPARE(r.exit, 1);
            QVERIFY(r.out.contains(QStringLiteral("Warning: 2026-27: the summer term")));
            QVERIFY2(r.err.contains(QStringLiteral("--accept-warnings")), qPrintable(r.err));
            QCOMPARE(termsHeld().size(), 0);
        }
        const CliRun json = cli({"calendar", "import-ics", file, "--json"});
        QCOMPARE(json.exit, 1);
        QCOMPARE(json.json().object().value(QStringLiteral("saved")).toBool(), false);
        QCOMPARE(json.json().object().value(QStringLiteral("warnings")).toArray().size(), 1);
        QCOMPARE(cli({"calendar", "import-ics", file, "--accept-warnings"}).exit, 0);
        QCOMPARE(termsHeld().size(), 3);
    }

    void refusalsNameTheFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("overlap") << ics("overlapping-terms.ics") << 20
                                 << "the spring term (04/11/2026 to 25/03/2027) overlaps";
        QTest::newRow("cut short")
            << writeFile(QStringLiteral("cut.ics"),
                         "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Autumn term\n")
            << 3 << "BEGIN:VEVENT is never closed";
    }
    void refusalsNameTheFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QString name = QFileInfo(file).fileName();
        for (const char *dry : {"--dry-run", "--accept-warnings"}) {
            const CliRun r = cli({"calendar", "import-ics", file, dry});
            QCOMPARE(r.exit, 1);
            QVERIFY2(
                r.err.contains(QStringLiteral("%1, line %2: %3").arg(name).arg(line).arg(message)),
                qPrintable(r.err));
        }
        const CliRun json = cli({"calendar", "import-ics", file, "--json"});
        QCOMPARE(json.exit, 1);
        const QJsonArray errors = json.json().object().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject e = errors.first().toObject();
        QCOMPARE(e.value(QStringLiteral("file")).toString(), name);
        QCOMPARE(e.value(QStringLiteral("line")).toInt(), line);
        QVERIFY(e.contains(QStringLiteral("column")));
        QVERIFY2(e.value(QStringLiteral("message")).toString().startsWith(message),
                 qPrintable(e.value(QStringLiteral("message")).toString()));
        QCOMPARE(termsHeld().size(), 0);
    }

    // GOV.UK's bank-holidays.json, as it was published in 2021.
    static QByteArray oldBankHolidays()
    {
        QByteArray events;
        for (int y = 2015; y <= 2021; ++y)
            events += QStringLiteral("{\"title\":\"New Year\u2019s Day\",\"date\":\"%1-01-01\","
                                     "\"notes\":\"\",\"bunting\":true},\n"
                                     "{\"title\":\"Christmas Day\",\"date\":\"%1-12-25\","
                                     "\"notes\":\"\",\"bunting\":true}%2\n")
                          .arg(y)
                          .arg(y < 2021 ? QStringLiteral(",") : QString())
                          .toUtf8();
        return "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":[\n" +
               events + "]},\n\"scotland\":{\"division\":\"scotland\",\"events\":[]}}\n";
    }
    QJsonArray bankHolidaysHeld(const QString &year)
    {
        return cli({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("--year"),
                    year, QStringLiteral("--json")})
            .json()
            .object()
            .value(QStringLiteral("bank_holidays"))
            .toArray();
    }

private slots:
    // An ECT who started on 5 January 2026, before the school held 2025-26's
    // term dates: the usual pattern's likely first day credits the spring
    // term whole, and the JSON says what was counted from which dates.
    void inductionShowSaysWhatWasCounted()
    {
        QCOMPARE(cli({"import-staff",
                      writeFile(QStringLiteral("ect.csv"),
                                "Staff code,First name,Last name,TRN,Email,QTS date\n"
                                "NEW,Nadia,Ewing,1234567,ne@school.example,20/07/2025\n")})
                     .exit,
                 0);
        QCOMPARE(cli({"calendar", "import-ics", ics("primary-last-teaching-day.ics")}).exit, 0);
        QCOMPARE(cli({"induction", "start", "--ect", "NEW", "--from", "2026-01-05",
                      "--appropriate-body", "Teaching School Hub"})
                     .exit,
                 0);
        const CliRun r = cli({"induction", "show", "NEW", "--on", "2026-12-19", "--json"});
        QCOMPARE(r.exit, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("terms_counted")).toDouble(), 3.0);
        QCOMPARE(o.value(QStringLiteral("induction_year")).toInt(), 2);
        const QJsonArray terms = o.value(QStringLiteral("terms")).toArray();
        QCOMPARE(terms.size(), 3);
        const QJsonObject spring = terms.at(0).toObject();
        QCOMPARE(spring.value(QStringLiteral("term")).toString(), QStringLiteral("spring"));
        QCOMPARE(spring.value(QStringLiteral("term_start")).toString(),
                 QStringLiteral("2026-01-05"));
        QCOMPARE(spring.value(QStringLiteral("counted_from")).toString(),
                 QStringLiteral("2026-01-05"));
        QCOMPARE(spring.value(QStringLiteral("terms")).toDouble(), 1.0);
        QCOMPARE(spring.value(QStringLiteral("dates_from")).toString(),
                 QStringLiteral("usual-pattern"));
        QCOMPARE(terms.at(2).toObject().value(QStringLiteral("dates_from")).toString(),
                 QStringLiteral("calendar"));
        const CliRun text = cli({"induction", "show", "NEW", "--on", "2026-12-19"});
        QVERIFY2(text.out.contains(QStringLiteral("3 of 6 terms counted; year 2 of induction")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("usual dates: the calendar has none")));
        QCOMPARE(cli({"induction", "show", "NOBODY"}).exit, 1);
    }

    void refusedStaffFilesPrintErrorsAsJson()
    {
        QCOMPARE(cli({"demo"}).exit, 0);
        QByteArray protectedBook("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        protectedBook += QByteArray(504, '\0') +
                         QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32) +
                         QByteArray(480, '\0');
        CliRun r = cli(
            {"import-staff", writeFile(QStringLiteral("locked.xlsx"), protectedBook), "--json"});
        QCOMPARE(r.exit, 1);
        QJsonObject e =
            r.json().object().value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(e.value(QStringLiteral("file")).toString(), QStringLiteral("locked.xlsx"));
        QCOMPARE(e.value(QStringLiteral("row")).toInt(), 0);
        QVERIFY(e.value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("is protected with a password")));

        // A row that does not fit the header is a row-level error, same shape.
        r = cli({"import-staff",
                 writeFile(QStringLiteral("shifted.csv"),
                           "Staff code,First name,Last name\nNEW1,Ann,Bell\nNEW2,Dan,Ede, Jr\n"),
                 "--json"});
        QCOMPARE(r.exit, 1);
        e = r.json().object().value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(e.value(QStringLiteral("file")).toString(), QStringLiteral("shifted.csv"));
        QCOMPARE(e.value(QStringLiteral("row")).toInt(), 3);
        QVERIFY(
            e.value(QStringLiteral("message"))
                .toString()
                .startsWith(QStringLiteral("the row has 4 fields where the header (row 1) has 3")));
    }

    void backupsAreListedMadeAndRestored()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        auto list = [&] {
            const CliRun r =
                cli({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--json")});
            return r.json().object();
        };
        QCOMPARE(list().value(QStringLiteral("backups")).toArray().size(), 0);
        QCOMPARE(list().value(QStringLiteral("keep")).toInt(), 10);
        // The first use of the day makes the day's backup.
        QCOMPARE(cli({QStringLiteral("people")}).exit, 0);
        QJsonArray all = list().value(QStringLiteral("backups")).toArray();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("daily"));
        QCOMPARE(cli({QStringLiteral("people")}).exit, 0);
        QCOMPARE(list().value(QStringLiteral("backups")).toArray().size(), 1);

        const CliRun made =
            cli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--json")});
        QCOMPARE(made.exit, 0);
        const QString file = made.json().object().value(QStringLiteral("file")).toString();
        QVERIFY2(QFileInfo::exists(file), qPrintable(made.out));
        const CliRun text = cli({QStringLiteral("backup"), QStringLiteral("list")});
        QVERIFY2(text.out.contains(QStringLiteral("Made by hand")) &&
                     text.out.contains(QStringLiteral("Daily")),
                 qPrintable(text.out));

        // A change after the backup, undone by restoring it.
        QCOMPARE(cli({QStringLiteral("person"), QStringLiteral("working-pattern"),
                      QStringLiteral("GTA"), QStringLiteral("--days"), QStringLiteral("Mon")})
                     .exit,
                 0);
        const CliRun restored = cli(
            {QStringLiteral("backup"), QStringLiteral("restore"), file, QStringLiteral("--json")});
        QVERIFY2(restored.exit == 0, qPrintable(restored.err));
        const QString kept = restored.json().object().value(QStringLiteral("kept")).toString();
        QVERIFY(QFileInfo::exists(kept));
        QVERIFY(kept.endsWith(QStringLiteral("-before-restore.inductiondesk")));
        QCOMPARE(cli({QStringLiteral("check")}).exit, 0);

        const CliRun keep = cli({QStringLiteral("backup"), QStringLiteral("keep"),
                                 QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(keep.exit, 0);
        QCOMPARE(keep.json().object().value(QStringLiteral("keep")).toInt(), 2);
        QCOMPARE(list().value(QStringLiteral("backups")).toArray().size(), 2);

        // What cannot be done says why; a wrong verb is a usage error.
        const CliRun missing = cli({QStringLiteral("backup"), QStringLiteral("restore"),
                                    m_dir.filePath(QStringLiteral("nowhere.inductiondesk"))});
        QCOMPARE(missing.exit, 1);
        QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
        const CliRun notDb = cli({QStringLiteral("backup"), QStringLiteral("restore"),
                                  writeFile(QStringLiteral("notes.txt"), "hello")});
        QCOMPARE(notDb.exit, 1);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("frobnicate")}).exit, 2);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("keep"), QStringLiteral("x")}).exit,
                 2);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("keep"), QStringLiteral("0")}).exit,
                 1);
    }

    // A database that cannot be written is said plainly, with what to do:
    // never SQLite's words, never blamed on a row of the file being imported.
    void storageFailuresAreSaidPlainly()
    {
#ifdef Q_OS_UNIX
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        QSqlDatabase colleague =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("colleague2"));
        colleague.setDatabaseName(m_db);
        QVERIFY(colleague.open());
        QSqlQuery q(colleague);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next());
        q.finish();
        auto plain = [](const CliRun &r) {
            for (const char *raw : {"database is locked", "Unable to fetch row", "disk I/O error",
                                    "QSqlQuery", "SQLITE", "exec failed"})
                if (r.err.contains(QLatin1String(raw)) || r.out.contains(QLatin1String(raw)))
                    return false;
            return true;
        };

        // Locked: a colleague is in the middle of saving.
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const CliRun locked =
            cli({QStringLiteral("person"), QStringLiteral("working-pattern"), QStringLiteral("GTA"),
                 QStringLiteral("--days"), QStringLiteral("Mon")});
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(locked.exit, 1);
        QVERIFY2(locked.err.contains(QStringLiteral("is busy")) &&
                     locked.err.contains(QStringLiteral("try again")) && plain(locked),
                 qPrintable(locked.err));

        // Full: the import fails as it writes; the file's rows are not blamed.
        QByteArray csv = "Staff code,First name,Last name,Email\n";
        for (int i = 0; i < 12000; ++i)
            csv += QStringLiteral("Z%1,Firstname%1,Lastname%1,person%1@example.org\n")
                       .arg(i, 5, 10, QLatin1Char('0'))
                       .toUtf8();
        const QString file = writeFile(QStringLiteral("big.csv"), csv);
        const CliRun full = runCliWithFileLimit(m_db, m_dir.filePath(QStringLiteral("xdg")),
                                                {QStringLiteral("import-staff"), file},
                                                // 700 KiB: room for the backups before
                                                // it, not for the import's own writes
                                                1400);
        QCOMPARE(full.exit, 1);
        QVERIFY2((full.err.contains(QStringLiteral("is full")) ||
                  full.err.contains(QStringLiteral("could not be read or written"))) &&
                     !full.err.contains(QStringLiteral("row ")) &&
                     !full.err.contains(QStringLiteral("backup")) && plain(full),
                 qPrintable(full.err));
        QCOMPARE(cli({QStringLiteral("check")}).exit, 0);
        q.finish();
        colleague.close();
#endif
    }

    void aFullDiskLeavesTheOldFile()
    {
#ifdef Q_OS_UNIX
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        const QString pdf = writeFile(QStringLiteral("summary.pdf"), "%PDF the good one");
        // A colleague has the database open, so SQLite's shared-memory file
        // beside it is already made, as it is whenever anyone has it open.
        QSqlDatabase colleague =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("colleague"));
        colleague.setDatabaseName(m_db);
        QVERIFY(colleague.open());
        QSqlQuery read(colleague);
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM person")) && read.next());
        const CliRun r = runCliWithFileLimit(
            m_db, m_dir.filePath(QStringLiteral("xdg")),
            {QStringLiteral("report"), QStringLiteral("termly"), QStringLiteral("--term"),
             QStringLiteral("autumn-2026"), QStringLiteral("--pdf"), pdf},
            20);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("summary.pdf: cannot be written: the file would be "
                                               "larger than this system allows")),
                 qPrintable(r.err));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("%PDF the good one"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("summary.pdf*")}, QDir::Files),
                 QStringList{QStringLiteral("summary.pdf")});
        read.finish();
        colleague.close();

        // Nothing is written over what is not an ordinary file.
        const CliRun dev =
            cli({QStringLiteral("calendar"), QStringLiteral("export-ics"),
                 QStringLiteral("/dev/null"), QStringLiteral("--year"), QStringLiteral("2026-27")});
        QCOMPARE(dev.exit, 1);
        QVERIFY(dev.err.contains(QStringLiteral("not an ordinary file")));
        QVERIFY(!QFileInfo(QStringLiteral("/dev/null")).isFile());
        const CliRun folder =
            cli({QStringLiteral("report"), QStringLiteral("termly"), QStringLiteral("--term"),
                 QStringLiteral("autumn-2026"), QStringLiteral("--pdf"), m_dir.path()});
        QCOMPARE(folder.exit, 1);
        QVERIFY(folder.err.contains(QStringLiteral("is a folder")));
#else
        QSKIP("ulimit is a Unix test");
#endif
    }

    void oldBankHolidaysMergeByYear()
    {
        const QString file = writeFile(QStringLiteral("bank-holidays.json"), oldBankHolidays());
        const QJsonArray before = bankHolidaysHeld(QStringLiteral("2026-27"));
        const QJsonArray shipped2019 = bankHolidaysHeld(QStringLiteral("2019-20"));
        QVERIFY(before.size() >= 8);
        CliRun r = cli({"calendar", "bank-holidays", file});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.out.contains(QStringLiteral("the list ends on 25/12/2021, before the academic "
                                               "year 2026-27 began")),
                 qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("--accept-warnings")));
        QCOMPARE(bankHolidaysHeld(QStringLiteral("2019-20")), shipped2019); // nothing saved
        r = cli({"calendar", "bank-holidays", file, "--accept-warnings", "--json"});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("years_replaced")).toArray().size(), 7);
        QCOMPARE(r.json().object().value(QStringLiteral("saved")).toBool(), true);
        // The years in the file replaced those years; 2026-27 kept its own.
        QCOMPARE(bankHolidaysHeld(QStringLiteral("2026-27")), before);
        const QJsonArray old = bankHolidaysHeld(QStringLiteral("2019-20"));
        QCOMPARE(old.size(), 2); // Christmas 2019, New Year 2020
        QCOMPARE(old.at(0).toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2019-12-25"));
    }

    void implausibleBankHolidaysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QByteArray head =
            "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":[\n";
        QTest::newRow("no division") << QByteArray("{\"scotland\":{\"events\":[]}}") << 0
                                     << "there is no \"england-and-wales\" division";
        QTest::newRow("not JSON") << QByteArray("{\n\"england-and-wales\": [\n") << 3
                                  << "is not JSON";
        QTest::newRow("year 1066") << head + "{\"title\":\"A\",\"date\":\"2026-12-25\"},\n"
                                             "{\"title\":\"Hastings\",\"date\":\"1066-10-14\"}]}}"
                                   << 3 << "event 2 (\"Hastings\") is dated 14/10/1066";
        QByteArray many = head;
        for (int d = 1; d <= 21; ++d)
            many += QStringLiteral("{\"title\":\"Day\",\"date\":\"2027-03-%1\"}%2\n")
                        .arg(d, 2, 10, QLatin1Char('0'))
                        .arg(d < 21 ? QStringLiteral(",") : QString())
                        .toUtf8();
        QTest::newRow("21 in a year") << many + "]}}" << 22 << "lists more than 20 bank holidays";
        QTest::newRow("long title")
            << head + "{\"title\":\"" + QByteArray(201, 'x') + "\",\"date\":\"2027-01-01\"}]}}" << 2
            << "event 1 has a title of 201 characters";
        QTest::newRow("bad date") << head + "{\"title\":\"Boxing Day\",\"date\":\"26/12/2026\"}]}}"
                                  << 2 << "event 1 (\"Boxing Day\") has no valid date";
        QTest::newRow("too big") << QByteArray(2 * 1024 * 1024, ' ') << 0 << "is too big: 2.0 MB";
    }
    void implausibleBankHolidaysAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QString file = writeFile(QStringLiteral("bank.json"), json);
        const QJsonArray before = bankHolidaysHeld(QStringLiteral("2026-27"));
        const CliRun r = cli({"calendar", "bank-holidays", file, "--accept-warnings", "--json"});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        const QJsonObject e =
            r.json().object().value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(e.value(QStringLiteral("file")).toString(), QStringLiteral("bank.json"));
        if (line > 0)
            QCOMPARE(e.value(QStringLiteral("line")).toInt(), line);
        QVERIFY2(e.value(QStringLiteral("message")).toString().startsWith(message),
                 qPrintable(e.value(QStringLiteral("message")).toString()));
        QCOMPARE(bankHolidaysHeld(QStringLiteral("2026-27")), before);
    }
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_cli_files.moc"
