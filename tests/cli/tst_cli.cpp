#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "CliRunner.h"
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// End-to-end: the real inductiondesk-cli binary, its exit codes, its output
// and its JSON keys, which administrators script against.
class TestCli : public QObject
{
    Q_OBJECT

    using Run = CliRun;

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &args, bool withDatabase = true)
    {
        return runCli(withDatabase ? m_db : QString(), m_dir.filePath(QStringLiteral("xdg")), args);
    }

    QJsonObject personByCode(const QString &code)
    {
        const auto people =
            cli({QStringLiteral("people"), QStringLiteral("--json")}).json().array();
        for (const auto &p : people) {
            if (p.toObject().value(QStringLiteral("staff_code")).toString() == code)
                return p.toObject();
        }
        return {};
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return writeTestFile(QDir(m_dir.path()), name, content);
    }

private slots:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("cli-%1.inductiondesk").arg(++n));
    }

    void versionAndHelp()
    {
        Run r = cli({QStringLiteral("--version")}, false);
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("inductiondesk-cli ")));
        r = cli({QStringLiteral("--help")}, false);
        QCOMPARE(r.exit, 0);
        for (const char *verb :
             {"demo", "people", "assign", "pairings", "role", "induction", "placement"})
            QVERIFY2(r.out.contains(QLatin1String(verb)), verb);
        // Every verb stands apart from its summary, the longest name too.
        static const QRegularExpression verbLine(QStringLiteral("^  ([a-z-]+)( {2,})\\S"));
        int verbs = 0;
        for (const QString &line : r.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   ")) &&
                !line.startsWith(QLatin1String("  -"))) {
                QVERIFY2(verbLine.match(line).hasMatch(), qPrintable(line));
                ++verbs;
            }
        }
        QVERIFY(verbs > 20);
        QVERIFY(r.out.contains(QStringLiteral("import-staff  ")));
        r = cli({QStringLiteral("assign"), QStringLiteral("--help")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("--acknowledge")));
        QVERIFY(
            r.out.contains(QStringLiteral("Usage: inductiondesk-cli [--database PATH] assign")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        // clang-format off
        QTest::newRow("no verb") << QStringList{};
        QTest::newRow("unknown verb") << QStringList{"frobnicate"};
        QTest::newRow("unknown option") << QStringList{"people", "--colour"};
        QTest::newRow("assign without mentor") << QStringList{"assign", "--mentee", "1", "--kind", "ect", "--from", "2026-09-01"};
        QTest::newRow("bad kind") << QStringList{"assign", "--mentor", "1", "--mentee", "2", "--kind", "pgce", "--from", "2026-09-01"};
        QTest::newRow("bad date") << QStringList{"assign", "--mentor", "1", "--mentee", "2", "--kind", "ect", "--from", "2026-13-01"};
        QTest::newRow("bad acknowledgement") << QStringList{"assign", "--mentor", "1", "--mentee", "2", "--kind", "ect", "--from", "2026-09-01", "--acknowledge", "everything"};
        QTest::newRow("unknown role") << QStringList{"role", "add", "HWA", "caretaker"};
        QTest::newRow("role without action") << QStringList{"role"};
        QTest::newRow("induction bad action") << QStringList{"induction", "restart", "EBR", "--from", "2026-09-01"};
        QTest::newRow("placement missing dates") << QStringList{"placement", "add", "--trainee", "1", "--provider", "Uni"};
        // clang-format on
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.exit, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void demoThenPeopleJson()
    {
        Run r = cli({QStringLiteral("demo")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("Hollinsbrook Academy")));
        r = cli({QStringLiteral("demo")});
        QCOMPARE(r.exit, 1); // refuses a non-empty database
        QVERIFY(r.err.contains(QStringLiteral("empty database")));

        const QJsonArray people =
            cli({QStringLiteral("people"), QStringLiteral("--json")}).json().array();
        QVERIFY(people.size() >= 35);
        QMap<QString, int> roleCounts;
        for (const auto &v : people) {
            const QJsonObject p = v.toObject();
            for (const char *key : {"id", "staff_code", "title", "first_name", "last_name", "trn",
                                    "email", "qts", "roles"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
            QCOMPARE(p.value(QStringLiteral("trn")).toString().size(), 7);
            for (const auto &role : p.value(QStringLiteral("roles")).toArray())
                roleCounts[role.toString()]++;
        }
        QCOMPARE(roleCounts.value(QStringLiteral("ect")), 4);
        QCOMPARE(roleCounts.value(QStringLiteral("trainee")), 2);
        QCOMPARE(roleCounts.value(QStringLiteral("induction-tutor")), 1);
        QCOMPARE(roleCounts.value(QStringLiteral("itt-lead-mentor")), 1);
        QCOMPARE(roleCounts.value(QStringLiteral("headteacher")), 1);

        const QJsonArray pairings =
            cli({QStringLiteral("pairings"), QStringLiteral("--json")}).json().array();
        QVERIFY(pairings.size() >= 6);
        for (const auto &v : pairings) {
            for (const char *key : {"id", "kind", "mentor_id", "mentee_id", "from", "to"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        }
    }

    void assignFlow()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        // Start an induction for a teacher so there is a mentee without a mentor.
        Run r = cli({"induction", "start", "--ect", "ZHA", "--from", "2026-11-23", "--route",
                     "school-led"});
        QCOMPARE(r.exit, 0);

        // JBA holds no QTS: warned, and refused without the acknowledgement.
        r = cli({"assign", "--mentor", "JBA", "--mentee", "ZHA", "--kind", "ect", "--from",
                 "2026-11-23"});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("[no-qts]")));
        QVERIFY(r.err.contains(QStringLiteral("--acknowledge no-qts")));
        QCOMPARE(cli({"pairings", "--json"}).json().array().size(), 7);

        // The mentor can be named by TRN, staff code or id.
        const QString trn =
            personByCode(QStringLiteral("JBA")).value(QStringLiteral("trn")).toString();
        const int zhaId = personByCode(QStringLiteral("ZHA")).value(QStringLiteral("id")).toInt();
        r = cli({"assign", "--mentor", trn, "--mentee", QString::number(zhaId), "--kind", "ect",
                 "--from", "2026-11-23", "--acknowledge", "no-qts", "--json"});
        QCOMPARE(r.exit, 0);
        const QJsonObject result = r.json().object();
        QCOMPARE(result.value(QStringLiteral("pairing"))
                     .toObject()
                     .value(QStringLiteral("mentee_id"))
                     .toInt(),
                 zhaId);
        QCOMPARE(result.value(QStringLiteral("warnings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("no-qts"));
        QCOMPARE(personByCode(QStringLiteral("JBA"))
                     .value(QStringLiteral("roles"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("ect-mentor"));

        // Refusals: self-mentoring, and a second mentor without --replace.
        r = cli({"assign", "--mentor", "ZHA", "--mentee", "ZHA", "--kind", "ect", "--from",
                 "2026-11-24"});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("themselves")));
        r = cli({"assign", "--mentor", "AAD", "--mentee", "ZHA", "--kind", "ect", "--from",
                 "2026-12-01"});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("replace")));

        // The induction tutor as mentor warns; --replace keeps the history.
        r = cli({"assign", "--mentor", "DOK", "--mentee", "ZHA", "--kind", "ect", "--from",
                 "2026-12-01", "--replace"});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("[induction-tutor]")));
        QCOMPARE(cli({"assign", "--mentor", "DOK", "--mentee", "ZHA", "--kind", "ect", "--from",
                      "2026-12-01", "--keep-sessions"})
                     .exit,
                 2);
        // The new mentor takes over ZHA's sessions from the change on.
        QCOMPARE(cli({"schedule", "plan", "--from", "2026-11-23", "--to", "2026-12-18"}).exit, 0);
        r = cli({"assign", "--mentor", "DOK", "--mentee", "ZHA", "--kind", "ect", "--from",
                 "2026-12-01", "--replace", "--reason", "Needs a qualified mentor", "--acknowledge",
                 "induction-tutor", "--json"});
        QCOMPARE(r.exit, 0);
        const QJsonObject replaced = r.json().object();
        QVERIFY(replaced.value(QStringLiteral("sessions_moved")).toInt() > 0);
        QCOMPARE(replaced.value(QStringLiteral("sessions_placed")).toInt() +
                     replaced.value(QStringLiteral("sessions_unplaced")).toInt(),
                 replaced.value(QStringLiteral("sessions_moved")).toInt());
        const qint64 newPairing = replaced.value(QStringLiteral("pairing"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toInteger();
        const qint64 oldPairing = replaced.value(QStringLiteral("replaced")).toInteger();
        for (const auto &v :
             cli({"schedule", "show", "--from", "2026-12-01", "--to", "2026-12-18", "--json"})
                 .json()
                 .object()
                 .value(QStringLiteral("sessions"))
                 .toArray())
            QVERIFY(v.toObject().value(QStringLiteral("date")).toString() <
                        QLatin1String("2026-12-01") ||
                    v.toObject().value(QStringLiteral("pairing_id")).toInteger() != oldPairing);
        QVERIFY(newPairing > 0);
        int zhaPairings = 0;
        for (const auto &v : cli({"pairings", "--json"}).json().array()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("mentee_id")).toInt() != zhaId)
                continue;
            ++zhaPairings;
            if (p.value(QStringLiteral("from")).toString() == QLatin1String("2026-11-23")) {
                QCOMPARE(p.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-30"));
                QCOMPARE(p.value(QStringLiteral("end_reason")).toString(),
                         QStringLiteral("Needs a qualified mentor"));
            } else {
                QVERIFY(p.value(QStringLiteral("to")).isNull());
            }
        }
        QCOMPARE(zhaPairings, 2);
    }

    void capacityWarning()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        QCOMPARE(cli({"induction", "start", "--ect", "ZHA", "--from", "2026-11-23"}).exit, 0);
        // Thomas Nguyen (TNG) already mentors two ECTs in the demo.
        Run r = cli({"assign", "--mentor", "TNG", "--mentee", "ZHA", "--kind", "ect", "--from",
                     "2026-11-23"});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("[capacity]")));
        r = cli({"assign", "--mentor", "TNG", "--mentee", "ZHA", "--kind", "ect", "--from",
                 "2026-11-23", "--acknowledge", "capacity"});
        QCOMPARE(r.exit, 0);
    }

    void roleAddAndEnd()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        QCOMPARE(cli({"role", "add", "GTA", "itt-lead-mentor", "--from", "2026-09-01"}).exit, 0);
        QVERIFY(personByCode(QStringLiteral("GTA"))
                    .value(QStringLiteral("roles"))
                    .toArray()
                    .contains(QStringLiteral("itt-lead-mentor")));
        Run r = cli({"role", "add", "GTA", "itt-lead-mentor", "--from", "2026-10-01"});
        QCOMPARE(r.exit, 1); // overlaps the role already held
        QCOMPARE(cli({"role", "end", "GTA", "itt-lead-mentor", "--to", "2026-11-01"}).exit, 0);
        QVERIFY(
            personByCode(QStringLiteral("GTA")).value(QStringLiteral("roles")).toArray().isEmpty());
        r = cli({"role", "end", "GTA", "headteacher"});
        QCOMPARE(r.exit, 1);
        r = cli({"role", "add", "NOBODY", "ect"});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("NOBODY")));
    }

    void inductionLifecycle()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        QCOMPARE(cli({"induction", "pause", "EBR", "--from", "2026-11-23", "--reason",
                      "long-term-sickness"})
                     .exit,
                 0);
        QCOMPARE(cli({"induction", "pause", "EBR", "--from", "2026-11-24"}).exit, 1);
        QCOMPARE(cli({"induction", "resume", "EBR", "--from", "2027-01-04"}).exit, 0);
        QCOMPARE(cli({"induction", "withdraw", "EBR", "--from", "2027-02-01", "--reason",
                      "moved-school"})
                     .exit,
                 0);
        // Withdrawal ends the ECT's pairing on that day, keeping it in the history.
        const int ebr = personByCode(QStringLiteral("EBR")).value(QStringLiteral("id")).toInt();
        bool ended = false;
        for (const auto &v : cli({"pairings", "--json"}).json().array()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("mentee_id")).toInt() == ebr)
                ended = p.value(QStringLiteral("to")).toString() == QLatin1String("2027-02-01");
        }
        QVERIFY(ended);
        QCOMPARE(cli({"induction", "start", "--ect", "JBA", "--from", "2026-11-23"}).exit,
                 1); // no QTS
    }

    void placementAdd()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        Run r = cli({"placement", "add", "--trainee", "OWR", "--from", "2027-01-04", "--to",
                     "2027-03-26", "--provider", "Northfield University"});
        QCOMPARE(r.exit, 0);
        r = cli({"placement", "add", "--trainee", "OWR", "--from", "2027-03-01", "--to",
                 "2027-04-01", "--provider", "Northfield University"});
        QCOMPARE(r.exit, 1); // overlaps
        r = cli({"placement", "add", "--trainee", "OWR", "--from", "2027-05-01", "--to",
                 "2027-04-01", "--provider", "Northfield University"});
        QCOMPARE(r.exit, 2); // ends before it starts: a usage error for every verb
        QVERIFY(r.err.contains(QStringLiteral("--to 2027-04-01 is before --from 2027-05-01")));
    }

    void schoolDayImportAndShow()
    {
        QCOMPARE(cli({QStringLiteral("init")}).exit, 0);
        const QString bad = writeFile(QStringLiteral("bad-day.csv"),
                                      "Period,Start,End,Kind\nP1,08:50,09:50,lesson\nP2,9.50,25:00,"
                                      "lesson\nLunch,12:00,12:40,dinner\n");
        Run r = cli({"school-day", "import", bad});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bad-day.csv, row 3, column End")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("bad-day.csv, row 4, column Kind")));
        QCOMPARE(cli({"school-day", "show", "--json"}).json().array().size(), 0); // nothing written

        const QString good = writeFile(
            QStringLiteral("day.csv"),
            "Period;Start;End;Kind\r\nReg;08:40;09:00;Registration\r\nP1;09:00;10:00;Lesson\r\n"
            "Break;10:00;10:20;break\r\nP2;10:20;11:20;lesson\r\nLunch;11:20;12:00;lunch\r\n"
            "After school;15:30;16:30;after school\r\n");
        r = cli({"school-day", "import", good});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("6 periods (2 lessons)")));
        const QJsonArray periods = cli({"school-day", "show", "--json"}).json().array();
        QCOMPARE(periods.size(), 6);
        QCOMPARE(periods.at(1).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("lesson"));
        QCOMPARE(periods.at(5).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("after-school"));
        QCOMPARE(periods.at(5).toObject().value(QStringLiteral("start")).toString(),
                 QStringLiteral("15:30"));
        // Importing the same file again changes nothing.
        QCOMPARE(cli({"school-day", "import", good}).exit, 0);
        QCOMPARE(cli({"school-day", "show", "--json"}).json().array(), periods);
    }

    void contractedTimeAndWorkingPatterns()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        QCOMPARE(cli({"school", "contracted-time", "--from", "08:15", "--to", "16:45"}).exit, 0);
        Run r =
            cli({"school", "contracted-time", "--from", "08:15", "--to", "15:30", "--day", "Fri"});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("on Fri")));
        QCOMPARE(cli({"school", "contracted-time", "--from", "16:00", "--to", "08:00"}).exit, 1);
        QCOMPARE(cli({"school", "contracted-time", "--from", "8am", "--to", "4pm"}).exit, 2);
        r = cli({"person", "working-pattern", "PSI", "--days", "Mon..Wed", "--from", "08:30",
                 "--to", "13:00"});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("Mon, Tue, Wed, 08:30 to 13:00")));
        QCOMPARE(cli({"person", "working-pattern", "PSI", "--days", "Funday"}).exit, 2);
        QCOMPARE(cli({"person", "working-pattern", "NOBODY", "--days", "Mon"}).exit, 1);
    }

    void bankHolidaysAndCalendarShow()
    {
        QCOMPARE(cli({QStringLiteral("init")}).exit, 0);
        const QString file = writeFile(
            QStringLiteral("bank-holidays.json"),
            "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":[{\"title\":"
            "\"Christmas "
            "Day\",\"date\":\"2026-12-25\",\"notes\":\"\",\"bunting\":true},{\"title\":\"Made-up "
            "day\",\"date\":\"2027-02-01\",\"notes\":\"\",\"bunting\":false}]},\"scotland\":{"
            "\"division\":\"scotland\",\"events\":[{\"title\":\"St Andrew's "
            "Day\",\"date\":\"2026-11-30\"}]}}");
        Run r = cli({"calendar", "bank-holidays", file});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("Imported 2")));
        const QJsonObject year =
            cli({"calendar", "show", "--year", "2026-27", "--json"}).json().object();
        QCOMPARE(year.value(QStringLiteral("academic_year")).toString(), QStringLiteral("2026-27"));
        const QJsonArray bank = year.value(QStringLiteral("bank_holidays")).toArray();
        QCOMPARE(bank.size(), 2); // the file replaced the years it covers; Scotland ignored
        QCOMPARE(bank.at(1).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Made-up day"));
        QCOMPARE(cli({"calendar", "bank-holidays", writeFile(QStringLiteral("x.json"), "{}")}).exit,
                 1);
        QCOMPARE(cli({"calendar", "show", "--year", "2026-28"}).exit, 2);
    }

    void termDatesFromIcs()
    {
        QCOMPARE(cli({QStringLiteral("init")}).exit, 0);
        const QString la = QStringLiteral(FIXTURES_DIR "/ics/la-2026-27.ics");
        Run r = cli({"calendar", "import-ics", la, "--dry-run", "--json"});
        QCOMPARE(r.exit, 0);
        const QJsonObject preview = r.json().object();
        QCOMPARE(preview.value(QStringLiteral("saved")).toBool(), false);
        const QJsonArray years = preview.value(QStringLiteral("years")).toArray();
        QCOMPARE(years.size(), 1);
        const QJsonArray terms = years.at(0).toObject().value(QStringLiteral("terms")).toArray();
        QCOMPARE(terms.size(), 3);
        QCOMPARE(terms.at(0).toObject().value(QStringLiteral("school_days")).toInt(), 71);
        QCOMPARE(preview.value(QStringLiteral("ignored")).toArray().size(), 2);
        // A dry run saves nothing.
        QCOMPARE(cli({"calendar", "show", "--year", "2026-27", "--json"})
                     .json()
                     .object()
                     .value(QStringLiteral("terms"))
                     .toArray()
                     .size(),
                 0);

        r = cli({"calendar", "import-ics", la});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("Not used: la-2026-27.ics, line ")));
        const QJsonObject saved =
            cli({"calendar", "show", "--year", "2026-27", "--json"}).json().object();
        QCOMPARE(saved.value(QStringLiteral("terms")).toArray(), terms);
        QCOMPARE(saved.value(QStringLiteral("closures")).toArray().size(), 11);

        // Export, then import the export: the year comes back the same.
        const QString out = m_dir.filePath(QStringLiteral("export.ics"));
        QCOMPARE(cli({"calendar", "export-ics", out, "--year", "2026-27"}).exit, 0);
        QCOMPARE(cli({"calendar", "import-ics", out}).exit, 0);
        QCOMPARE(cli({"calendar", "show", "--year", "2026-27", "--json"}).json().object(), saved);
        QCOMPARE(cli({"calendar", "export-ics", out, "--year", "2030-31"}).exit, 1);

        // A file that is not a calendar changes nothing.
        r = cli({"calendar", "import-ics", writeFile(QStringLiteral("x.ics"), "hello")});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("x.ics: is not an iCalendar file")));
        QCOMPARE(cli({"calendar", "show", "--year", "2026-27", "--json"}).json().object(), saved);
    }

    void timetableImportAndShow()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        QJsonObject before = cli({"timetable", "show", "EBR", "--json"}).json().object();
        QCOMPARE(before.value(QStringLiteral("cycle_weeks")).toInt(), 2);
        // 2 weeks x 5 days x 10 periods of the demo day, free ones included.
        QCOMPARE(before.value(QStringLiteral("entries")).toArray().size(), 100);

        const QString bad = writeFile(QStringLiteral("tt-bad.csv"),
                                      "Staff Code,Week,Day,Period,Activity,Class\n"
                                      "EBR,A,Mon,P1,PPA,\nEBR,A,Mun,P2,Teaching,8X\n");
        Run r = cli({"timetable", "import", bad});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("tt-bad.csv, row 3, column Day")),
                 qPrintable(r.err));
        QCOMPARE(cli({"timetable", "show", "EBR", "--json"}).json().object(), before);
        r = cli({"timetable", "import", bad, "--json"});
        QCOMPARE(r.exit, 1);
        const QJsonArray errors = r.json().object().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toObject().value(QStringLiteral("row")).toInt(), 3);

        // A teacher on no staff list is listed with the closest member of
        // staff, and left out; --match matches them by hand.
        const QString stranger =
            writeFile(QStringLiteral("tt-grid.csv"), "Teacher,MonA:1,MonA:2,MonB:1\n"
                                                     "Emily Brown,8X,,PPA\nEmma Browne,9Y,,\n");
        r = cli({"timetable", "import", stranger, "--dry-run", "--json"});
        QCOMPARE(r.exit, 0);
        QJsonObject report = r.json().object();
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("grid"));
        QCOMPARE(report.value(QStringLiteral("teachers_matched")).toInt(), 1);
        const QJsonObject unmatched =
            report.value(QStringLiteral("teachers_unmatched")).toArray().first().toObject();
        QCOMPARE(unmatched.value(QStringLiteral("name")).toString(), QStringLiteral("Emma Browne"));
        QVERIFY(unmatched.value(QStringLiteral("suggestion"))
                    .toString()
                    .contains(QStringLiteral("Emily Brown")));
        QCOMPARE(report.value(QStringLiteral("periods")).toObject().value(QStringLiteral("1")),
                 QJsonValue(QStringLiteral("P1")));
        QCOMPARE(report.value(QStringLiteral("entries")).toInt(), 2);
        QVERIFY(report.value(QStringLiteral("errors")).toArray().isEmpty());
        r = cli(
            {"timetable", "import", stranger, "--match", "Emma Browne=LCH", "--dry-run", "--json"});
        QCOMPARE(r.json().object().value(QStringLiteral("teachers_matched")).toInt(), 2);
        QCOMPARE(cli({"timetable", "import", stranger, "--format", "fet"}).exit, 1);
        QCOMPARE(cli({"timetable", "import", stranger, "--format", "xyz"}).exit, 2);
        QCOMPARE(cli({"timetable", "import", stranger, "--match-by", "code", "--json"})
                     .json()
                     .object()
                     .value(QStringLiteral("teachers_matched"))
                     .toInt(),
                 0);
        QCOMPARE(cli({"timetable", "show", "EBR", "--json"}).json().object(), before);

        const QString good = writeFile(QStringLiteral("tt.csv"),
                                       "Staff Code,Week,Day,Period,Activity,Class\n"
                                       "EBR,A,Mon,P1,PPA,\nEBR,B,Fri,P5,Teaching,11Z/Ma2\n");
        r = cli({"timetable", "import", good, "--dry-run"});
        QCOMPARE(r.exit, 0);
        QCOMPARE(cli({"timetable", "show", "EBR", "--json"}).json().object(), before);
        r = cli({"timetable", "import", good});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("2 timetable entries for 1 people")));
        const QJsonArray entries = cli({"timetable", "show", "EBR", "--json"})
                                       .json()
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
        int teaching = 0;
        for (const auto &e : entries) {
            const QJsonObject o = e.toObject();
            if (o.value(QStringLiteral("activity")).toString() == QLatin1String("teaching")) {
                ++teaching;
                QCOMPARE(o.value(QStringLiteral("week")).toString(), QStringLiteral("B"));
                QCOMPARE(o.value(QStringLiteral("day")).toString(), QStringLiteral("Fri"));
                QCOMPARE(o.value(QStringLiteral("class")).toString(), QStringLiteral("11Z/Ma2"));
            }
        }
        QCOMPARE(teaching, 1); // EBR's whole timetable was replaced
        r = cli({"timetable", "show", "EBR"});
        QVERIFY(r.out.contains(QStringLiteral("week B")));
        QVERIFY(r.out.contains(QStringLiteral("11Z/Ma2")));
        QCOMPARE(cli({"timetable", "show", "NOBODY"}).exit, 1);
        QCOMPARE(cli({"timetable", "frobnicate"}).exit, 2);
    }

    void importStaff()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        const int before = cli({"people", "--json"}).json().array().size();
        const QString bad =
            writeFile(QStringLiteral("staff-bad.csv"), "Staff Code,Forename,Surname,TRN,Email\n"
                                                       "NEW,Nia,Ward,12,nia@school.example\n"
                                                       "NEX,Ned,Ward,2345678,not-an-email\n");
        Run r = cli({"import-staff", bad});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("staff-bad.csv, row 2, column TRN")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("staff-bad.csv, row 3, column Email")));
        r = cli({"import-staff", bad, "--json"});
        QCOMPARE(r.exit, 1);
        const QJsonArray errors = r.json().object().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("row")).toInt(), 2);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("column")).toString(),
                 QStringLiteral("TRN"));
        QCOMPARE(cli({"people", "--json"}).json().array().size(), before);

        const QString good =
            writeFile(QStringLiteral("staff.csv"),
                      "Staff Code;Forename;Surname;TRN;Email;Post\r\n"
                      "NEW;Nia;Ward;2345678;nia@school.example;Teacher of English\r\n"
                      "HWA;Helen;Walsh;;h.walsh@hollinsbrook.example;Executive Headteacher\r\n");
        r = cli({"import-staff", good, "--dry-run", "--json"});
        QCOMPARE(r.exit, 0);
        QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("saved")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("separator")).toString(), QStringLiteral(";"));
        QCOMPARE(o.value(QStringLiteral("new")).toArray().size(), 1);
        const QJsonArray updated = o.value(QStringLiteral("updated")).toArray();
        QCOMPARE(updated.size(), 1);
        const QJsonObject change =
            updated.at(0).toObject().value(QStringLiteral("changes")).toArray().at(0).toObject();
        QCOMPARE(change.value(QStringLiteral("field")).toString(), QStringLiteral("job_title"));
        QCOMPARE(change.value(QStringLiteral("new")).toString(),
                 QStringLiteral("Executive Headteacher"));
        // 40 demo staff, less Mrs Walsh (in the file) and Mr Bell (left at Easter).
        QCOMPARE(o.value(QStringLiteral("not_in_file")).toArray().size(), 38);
        QCOMPARE(cli({"people", "--json"}).json().array().size(), before);

        r = cli({"import-staff", good});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("Job title: Headteacher -> Executive Headteacher")));
        QCOMPARE(cli({"people", "--json"}).json().array().size(), before + 1);
        // The same file again: nothing new, nothing updated.
        o = cli({"import-staff", good, "--json"}).json().object();
        QCOMPARE(o.value(QStringLiteral("new")).toArray().size(), 0);
        QCOMPARE(o.value(QStringLiteral("updated")).toArray().size(), 0);
        QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 2);
        QCOMPARE(cli({"import-staff", good, "--sheet", "Staff"}).exit, 1); // CSV has no sheets
        QCOMPARE(cli({"import-staff"}).exit, 2);
    }

    void scheduleVerbs()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        const QJsonObject shown =
            cli({"schedule", "show", "--term", "autumn-2026", "--json"}).json().object();
        const QJsonArray demo = shown.value(QStringLiteral("sessions")).toArray();
        QVERIFY(demo.size() > 100);
        int held = 0;
        for (const auto &v : demo)
            held +=
                v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("held");
        QVERIFY(held > 10);

        Run r = cli({"schedule", "plan", "--term", "autumn-2026", "--dry-run", "--json"});
        QCOMPARE(r.exit, 0);
        const QJsonObject plan = r.json().object();
        QCOMPARE(plan.value(QStringLiteral("saved")).toBool(), false);
        QCOMPARE(plan.value(QStringLiteral("optimal")).toBool(), true);
        const QJsonObject objective = plan.value(QStringLiteral("objective")).toObject();
        for (const char *key :
             {"unplaced", "outside_teaching_hours", "off_usual_slot", "same_day_pairs", "in_ppa"})
            QVERIFY2(objective.contains(QLatin1String(key)), key);
        for (const auto &v : plan.value(QStringLiteral("unplaced")).toArray())
            QVERIFY(!v.toObject().value(QStringLiteral("reason")).toString().isEmpty());
        // Held sessions are kept, not planned again.
        int heldAfter = 0;
        for (const auto &v : plan.value(QStringLiteral("sessions")).toArray())
            heldAfter +=
                v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("held");
        QCOMPARE(heldAfter, held);

        // Any dates, past ones included.
        r = cli({"schedule", "plan", "--from", "01/09/2026", "--to", "2026-09-30"});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("Saved.")));
        const qint64 first = cli({"schedule", "show", "--term", "autumn-2026", "--json"})
                                 .json()
                                 .object()
                                 .value(QStringLiteral("sessions"))
                                 .toArray()
                                 .last()
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
        r = cli({"schedule", "alternatives", QString::number(first), "--json"});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.json().isArray());
        QCOMPARE(cli({"schedule", "plan", "--term", "winter-2026"}).exit, 1);
        QCOMPARE(cli({"schedule", "plan", "--from", "30/09/2026", "--to", "01/09/2026"}).exit, 2);
        QCOMPARE(cli({"schedule", "plan"}).exit, 2);
        QCOMPARE(cli({"schedule", "alternatives", "999999"}).exit, 1);
    }

    void logFlagsAbsencesTraining()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        QJsonArray flags = cli({"flags", "--json"}).json().array();
        QVERIFY(flags.size() > 0);
        int red = 0;
        for (const auto &v : flags) {
            const QJsonObject f = v.toObject();
            for (const char *key : {"kind", "severity", "pairing_id", "mentee_id", "mentor_id",
                                    "session_id", "week", "message", "action"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
            red += f.value(QStringLiteral("severity")).toString() == QLatin1String("red");
        }
        QVERIFY(red >= 2); // the demo's cancelled and missed sessions

        // Log a session of this week as held, with a developmental note.
        const QJsonArray week =
            cli({"schedule", "show", "--from", "2026-11-23", "--to", "2026-11-27", "--json"})
                .json()
                .object()
                .value(QStringLiteral("sessions"))
                .toArray();
        QVERIFY(!week.isEmpty());
        const QString id =
            QString::number(week.first().toObject().value(QStringLiteral("id")).toInteger());
        Run r = cli({"session", "held", id, "--minutes", "50", "--note", "Modelled questioning"});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("held")));
        // A held session is not cancelled: it is corrected with not-held.
        r = cli({"session", "cancel", id, "--reason", "Mentor on a trip"});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not held")), qPrintable(r.err));
        r = cli({"session", "held", id, "--minutes", "55"});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains(QStringLiteral("corrected")), qPrintable(r.out));
        r = cli({"session", "not-held", id});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains(QStringLiteral("planned")), qPrintable(r.out));
        QCOMPARE(cli({"session", "not-held", id}).exit, 1);
        // One still to come: cancelled with a reason, never held or missed.
        const QJsonArray next =
            cli({"schedule", "show", "--from", "2026-11-30", "--to", "2026-12-04", "--json"})
                .json()
                .object()
                .value(QStringLiteral("sessions"))
                .toArray();
        QVERIFY(!next.isEmpty());
        const QString later =
            QString::number(next.first().toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(cli({"session", "held", later}).exit, 1);
        QCOMPARE(cli({"session", "missed", later}).exit, 1);
        QCOMPARE(cli({"session", "cancel", later}).exit, 2);
        QCOMPARE(cli({"session", "cancel", later, "--reason", " "}).exit, 1);
        QCOMPARE(cli({"session", "cancel", later, "--reason", "Mentor on a trip"}).exit, 0);
        QCOMPARE(cli({"session", "frobnicate", id}).exit, 2);
        QCOMPARE(cli({"session", "held", "999999"}).exit, 1);

        // An absence lifts the expectation; statutory leave types are known.
        QCOMPARE(cli({"absence", "add", "EBR", "--from", "2026-09-07", "--to", "2026-09-11",
                      "--type", "sickness"})
                     .exit,
                 0);
        QCOMPARE(cli({"absence", "add", "EBR", "--from", "2026-09-07", "--to", "2026-09-11",
                      "--type", "holiday"})
                     .exit,
                 2);
        QCOMPARE(cli({"absence", "list", "EBR", "--json"}).json().array().size(), 1);

        QCOMPARE(cli({"training", "add", "--mentor", "TNG", "--date", "2026-11-20", "--hours", "3",
                      "--kind", "ect-mentor-programme", "--event", "clinic"})
                     .exit,
                 0);
        QCOMPARE(cli({"training", "add", "--mentor", "TNG", "--date", "2026-11-20", "--hours", "3",
                      "--kind", "ect-mentor-programme", "--event", "party"})
                     .exit,
                 1);
        const QJsonObject training =
            cli({"training", "show", "--mentor", "TNG", "--json"}).json().object();
        QCOMPARE(training.value(QStringLiteral("hours")).toDouble(), 3.0);
        QCOMPARE(training.value(QStringLiteral("activities")).toArray().size(), 1);
    }

    void reportTermlyPdf()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("termly.pdf"));
        Run r = cli({"report", "termly", "--term", "autumn-2026", "--pdf", pdf});
        QCOMPARE(r.exit, 0);
        QVERIFY(QFile(pdf).size() > 1000);
        QVERIFY(QFile(pdf).open(QIODevice::ReadOnly));
        const QString mentee = m_dir.filePath(QStringLiteral("ebr.pdf"));
        QCOMPARE(
            cli({"report", "termly", "--term", "autumn-2026", "--mentee", "EBR", "--pdf", mentee})
                .exit,
            0);
        QVERIFY(QFile::exists(mentee));
        QCOMPARE(cli({"report", "termly", "--term", "autumn-2026"}).exit, 2); // no --pdf
        QCOMPARE(cli({"report", "termly", "--term", "winter-2030", "--pdf", pdf}).exit, 1);
        QCOMPARE(cli({"report", "termly", "--term", "autumn-2026", "--mentee", "EBR", "--mentor",
                      "JHU", "--pdf", pdf})
                     .exit,
                 2);
        QVERIFY(!QFile::exists(pdf + QStringLiteral(".part")));
    }

    void standardsVerbs()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        QJsonArray items = cli({"standards", "show", "--mentor", "MKH", "--json"}).json().array();
        QCOMPARE(items.size(), 21);
        for (const auto &v : items) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"standard", "item", "text", "rating", "date"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
        }
        QCOMPARE(items.at(8).toObject().value(QStringLiteral("item")).toString(),
                 QStringLiteral("2.4"));
        QCOMPARE(items.at(8).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Give constructive, clear and timely feedback on lesson "
                                "observations;"));

        // Re-assessing keeps the history; the plan follows the latest rating.
        Run r = cli({"standards", "assess", "--mentor", "MKH", "--item", "2.4", "--rating", "red",
                     "--note", "Feedback runs long"});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QStringLiteral("Red")));
        items = cli({"standards", "show", "--mentor", "MKH", "--json"}).json().array();
        const QJsonObject item = items.at(8).toObject();
        QCOMPARE(item.value(QStringLiteral("rating")).toString(), QStringLiteral("red"));
        QCOMPARE(item.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-23"));
        QCOMPARE(item.value(QStringLiteral("note")).toString(),
                 QStringLiteral("Feedback runs long"));
        QCOMPARE(item.value(QStringLiteral("history")).toArray().size(), 2);
        const QJsonArray plan =
            cli({"standards", "plan", "--mentor", "MKH", "--json"}).json().array();
        QStringList planned;
        for (const auto &v : plan)
            planned.append(v.toObject().value(QStringLiteral("item")).toString());
        int notGreen = 0;
        for (const auto &v : items)
            notGreen +=
                v.toObject().value(QStringLiteral("rating")).toString() == QLatin1String("red") ||
                v.toObject().value(QStringLiteral("rating")).toString() == QLatin1String("amber");
        QCOMPARE(int(planned.size()), notGreen);
        QCOMPARE(planned.first(), QStringLiteral("2.4")); // red before amber
        QVERIFY(
            cli({"standards", "assess", "--mentor", "MKH", "--item", "2.4", "--rating", "green"})
                .exit == 0);
        QVERIFY(!cli({"standards", "plan", "--mentor", "MKH"}).out.contains(QStringLiteral("2.4")));

        QCOMPARE(cli({"standards", "assess", "--mentor", "MKH", "--item", "5.1", "--rating", "red"})
                     .exit,
                 2);
        QCOMPARE(
            cli({"standards", "assess", "--mentor", "MKH", "--item", "2.4", "--rating", "purple"})
                .exit,
            2);
        QCOMPARE(cli({"standards", "assess", "--mentor", "MKH", "--item", "2.4", "--rating", "red",
                      "--date", "2027-01-01"})
                     .exit,
                 1);
        QCOMPARE(cli({"standards", "show", "--mentor", "NOBODY"}).exit, 1);
        QCOMPARE(cli({"standards", "show"}).exit, 2);

        // Training against the pace of the rule set in force at the start.
        const QJsonObject training =
            cli({"training", "show", "--mentor", "TNG", "--json"}).json().object();
        const QJsonArray programmes = training.value(QStringLiteral("programmes")).toArray();
        QCOMPARE(programmes.size(), 1);
        QCOMPARE(programmes.first().toObject().value(QStringLiteral("programme")).toString(),
                 QStringLiteral("ect-mentor"));
        QVERIFY(programmes.first().toObject().contains(QStringLiteral("behind")));

        // The lead mentor sees the general mentors in their care.
        const QJsonArray overseen =
            cli({"oversight", "show", "--lead", "SPA", "--json"}).json().array();
        QCOMPARE(overseen.size(), 2);
        QCOMPARE(cli({"oversight", "add", "--lead", "TNG", "--mentor", "MKH"}).exit, 1);
        QCOMPARE(cli({"oversight", "remove", "--lead", "SPA", "--mentor", "MKH"}).exit, 0);
        QCOMPARE(cli({"oversight", "show", "--lead", "SPA", "--json"}).json().array().size(), 1);

        const QString pdf = m_dir.filePath(QStringLiteral("standards.pdf"));
        QCOMPARE(cli({"report", "standards", "--mentor", "CEV", "--pdf", pdf}).exit, 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        QCOMPARE(cli({"report", "standards", "--pdf", pdf}).exit, 2);
    }

    void blockedTimesKeepTheSchedulerOff()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        QCOMPARE(cli({"blocked", "add", "--date", "2026-11-30", "--from", "08:00", "--to", "17:00",
                      "--reason", "Trust conference"})
                     .exit,
                 0);
        QCOMPARE(cli({"blocked", "add", "JHU", "--date", "2026-12-01", "--from", "08:00", "--to",
                      "12:00"})
                     .exit,
                 0);
        QCOMPARE(cli({"blocked", "add", "--date", "2026-12-01", "--from", "12:00", "--to", "11:00"})
                     .exit,
                 2);
        QCOMPARE(cli({"blocked", "add", "NOBODY", "--date", "2026-12-01", "--from", "08:00", "--to",
                      "09:00"})
                     .exit,
                 1);
        const QJsonArray list = cli({"blocked", "list", "--json"}).json().array();
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(0).toObject().value(QStringLiteral("person_id")).isNull());
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Trust conference"));

        const QJsonArray planned = cli({"schedule", "plan", "--from", "2026-11-30", "--to",
                                        "2026-12-04", "--dry-run", "--json"})
                                       .json()
                                       .object()
                                       .value(QStringLiteral("sessions"))
                                       .toArray();
        QVERIFY(!planned.isEmpty());
        for (const auto &v : planned) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("date")).toString() != QLatin1String("2026-11-30"));
            if (o.value(QStringLiteral("mentor")).toString().contains(QStringLiteral("Hughes")) &&
                o.value(QStringLiteral("date")).toString() == QLatin1String("2026-12-01"))
                QVERIFY(o.value(QStringLiteral("start")).toString() >= QLatin1String("12:00"));
        }
        const QString id =
            QString::number(list.at(0).toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(cli({"blocked", "remove", id}).exit, 0);
        QCOMPARE(cli({"blocked", "remove", id}).exit, 1);
        QCOMPARE(cli({"blocked", "list", "--json"}).json().array().size(), 1);
    }

    void actionStepsOnCoachingMeetings()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).exit, 0);
        const QJsonArray week =
            cli({"schedule", "show", "--from", "2026-11-23", "--to", "2026-11-27", "--json"})
                .json()
                .object()
                .value(QStringLiteral("sessions"))
                .toArray();
        QString coachingId, observationId;
        for (const auto &v : week) {
            const QJsonObject o = v.toObject();
            const QString id = QString::number(o.value(QStringLiteral("id")).toInteger());
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("coaching") &&
                coachingId.isEmpty())
                coachingId = id;
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("observation"))
                observationId = id;
        }
        QVERIFY(!coachingId.isEmpty() && !observationId.isEmpty());
        // Marking the meeting held shows the step agreed last time first.
        Run r = cli({"session", "held", coachingId, "--action-step", "Narrate the positive",
                     "--previous-practised", "yes"});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Previous action step")), qPrintable(r.out));
        QCOMPARE(cli({"session", "held", observationId, "--action-step", "x"}).exit, 2);
        QCOMPARE(cli({"session", "held", coachingId, "--previous-practised", "maybe"}).exit, 2);
    }

    void noDatabaseIsMadeByAccident()
    {
        // A mistyped path is not a new database.
        Run r = cli({QStringLiteral("people")});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no such database")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_db));
        const QString typo = m_dir.filePath(QStringLiteral("typo/sub/x.inductiondesk"));
        r = runCli(typo, m_dir.filePath(QStringLiteral("xdg")), {QStringLiteral("people")});
        QCOMPARE(r.exit, 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("typo"))));
        // An empty file is not made into one either.
        writeFile(QFileInfo(m_db).fileName(), QByteArray());
        r = cli({QStringLiteral("people")});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is an empty file")), qPrintable(r.err));
        QCOMPARE(QFileInfo(m_db).size(), 0);
        // init, demo and --create do.
        QCOMPARE(cli({QStringLiteral("init")}).exit, 0);
        QCOMPARE(cli({QStringLiteral("people")}).exit, 0);
        QCOMPARE(cli({QStringLiteral("init")}).exit, 1); // never over an existing one
        r = runCli(typo, m_dir.filePath(QStringLiteral("xdg")),
                   {QStringLiteral("--create"), QStringLiteral("people")});
        QCOMPARE(r.exit, 0);
        // check: SQLite's full integrity check.
        r = cli({QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("ok")).toBool(), true);
    }

    void strictArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("extra argument") << QStringList{"people", "extra"} << "takes no arguments";
        QTest::newRow("extra after FILE")
            << QStringList{"timetable", "import", "a.csv", "b.csv"} << "takes at most 1";
        QTest::newRow("extra after an action")
            << QStringList{"calendar", "show", "2026-27"} << "takes at most 0";
        QTest::newRow("repeated option")
            << QStringList{"people", "--json", "--json"} << "--json is given more than once";
        QTest::newRow("repeated value")
            << QStringList{"absence", "list", "--from", "2026-09-01", "--from", "2026-10-01"}
            << "--from is given more than once";
        QTest::newRow("reversed range")
            << QStringList{"absence", "add", "EBR", "--from", "2026-12-01", "--to", "2026-11-01"}
            << "--to 2026-11-01 is before --from 2026-12-01";
        QTest::newRow("date forms")
            << QStringList{"assign", "--mentor", "JHU",    "--mentee", "EBR",
                           "--kind", "ect",      "--from", "1st Jan"}
            << "use YYYY-MM-DD or DD/MM/YYYY";
    }
    void strictArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QCOMPARE(cli({QStringLiteral("init")}).exit, 0);
        const Run r = cli(args);
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void refusesANewerDatabase()
    {
        // A database from the future is refused by the CLI too, exit 1.
        QCOMPARE(cli({QStringLiteral("init")}).exit, 0);
        QCOMPARE(cli({QStringLiteral("people")}).exit, 0);
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {m_db, QStringLiteral("PRAGMA user_version = 42;")});
        if (!sqlite.waitForFinished() || sqlite.exitCode() != 0)
            QSKIP("sqlite3 is not installed");
        const Run r = cli({QStringLiteral("people")});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("newer version")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
