#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
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
    }

    void dryRunIsTheImport_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"primary-last-teaching-day.ics", "pupils-resume.ics",
                              "council-school-days.ics", "council-holidays-only.ics",
                              "timetable-weeks.ics", "several-calendars.ics", "la-2026-27.ics"})
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
            QVERIFY2(r.err.contains(QStringLiteral("%1, line %2: %3").arg(name).arg(line).arg(message)),
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
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_cli_files.moc"
