#include "storage/AssignmentRepository.h"
#include "storage/Database.h"
#include "storage/InductionRepository.h"
#include "storage/PersonRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace idesk;

namespace {
// Builds a file the way an older InductionDesk (or a newer one) left it,
// without going through Database, which would migrate it.
void buildFromScript(const QString &path, const QString &script)
{
    const QString name = QStringLiteral("fixture-builder");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            QString s = statement;
            QStringList lines;
            for (const QString &line : s.split(QLatin1Char('\n'))) {
                if (!line.trimmed().startsWith(QLatin1String("--")))
                    lines.append(line);
            }
            s = lines.join(QLatin1Char('\n')).trimmed();
            if (s.isEmpty())
                continue;
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int rawUserVersion(const QString &path)
{
    int version = -1;
    const QString name = QStringLiteral("raw-reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestMigration : public QObject
{
    Q_OBJECT
private slots:
    void versionOneFixtureMigratesWithBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.inductiondesk"));
        QFile script(QStringLiteral(FIXTURES_DIR "/schema-v1.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        buildFromScript(path, QString::fromUtf8(script.readAll()));
        const QByteArray before = digest(path);

        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        // Every step ran: tables from versions 2 and 3 are there.
        for (const char *table :
             {"assignment_acknowledgement", "mentor_training", "term", "timetable_entry"})
            QCOMPARE(
                (*db)
                    ->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"),
                             {QString::fromLatin1(table)})
                    ->toInt(),
                1);

        // The data survived, and the new columns have their defaults.
        auto people = PersonRepository(**db).all();
        QVERIFY(people.ok());
        QCOMPARE(people->size(), 2);
        auto inductions = InductionRepository(**db).all();
        QVERIFY(inductions.ok());
        QCOMPARE(inductions->size(), 1);
        const Induction &i = inductions->first();
        QCOMPARE(i.priorTerms, 0.0);
        QCOMPARE(i.history.size(), 2);
        QCOMPARE(i.history.at(1).status, InductionStatus::Paused);
        QCOMPARE(i.history.at(1).reasonCode, QStringLiteral("other"));
        QCOMPARE(i.history.at(1).reasonText, QStringLiteral("Long illness, back at Easter"));
        auto pairings = AssignmentRepository(**db).all();
        QVERIFY(pairings.ok());
        QCOMPARE(pairings->size(), 1);

        // A byte-for-byte copy of version 1 was kept, and logged.
        const QString backup = (*db)->lastBackupPath();
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        QVERIFY2(backup.contains(QStringLiteral(" backups/")) &&
                     backup.endsWith(QStringLiteral("-before-upgrade.inductiondesk")),
                 qPrintable(backup));
        QVERIFY((*db)->lastBackupTime().isValid());
        QCOMPARE(rawUserVersion(backup), 1);
        Database::OpenOptions readOnly;
        readOnly.createIfMissing = false;
        readOnly.readOnly = true;
        auto old = Database::openSqlite(backup, readOnly);
        QVERIFY(!old.ok()); // read-only, and it would need upgrading: refused, not changed
        QCOMPARE(rawUserVersion(backup), 1);
        QVERIFY(digest(path) != before);
    }

    void foreignKeysAreOnForEveryConnection()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("fk.inductiondesk")));
        QVERIFY(db.ok());
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        auto second = (*db)->openAnotherConnection();
        QVERIFY(second.ok());
        QCOMPARE((*second)->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        auto bad = (*db)->exec(QStringLiteral("INSERT INTO person_role (person_id, role, from_date)"
                                              " VALUES (999, 'ect', '2026-09-01')"));
        QVERIFY(!bad.ok());
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.inductiondesk"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
        }
        buildFromScript(path, QStringLiteral("PRAGMA user_version = 99"));
        const QByteArray before = digest(path);
        const auto modified = QFileInfo(path).lastModified();
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Refused);
        QVERIFY(db.error().message.contains(QStringLiteral("newer version")));
        QVERIFY(db.error().message.contains(QStringLiteral("99")));
        QCOMPARE(digest(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore); // no backup, no journal
    }

    void foreignFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        // clang-format off
        QTest::newRow("a spreadsheet") << QByteArray("PK\x03\x04 not a database") << "not an SQLite file";
        QTest::newRow("text") << QByteArray("Staff Code,Forename\n") << "not an SQLite file";
        // clang-format on
    }
    void foreignFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("staff.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(message), qPrintable(db.error().message));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void otherSqliteDatabasesAreRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        buildFromScript(path, QStringLiteral("CREATE TABLE t (x)"));
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("not one written by InductionDesk")));
    }

    void missingFileWithoutCreateIsNotFound()
    {
        QTemporaryDir dir;
        Database::OpenOptions options;
        options.createIfMissing = false;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("none.inductiondesk")), options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.inductiondesk"))));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
