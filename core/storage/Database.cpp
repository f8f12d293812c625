#include "Database.h"

#include "Migrations.h"
#include "storage/BackupFolder.h"
#include "storage/StorageLocation.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStandardPaths>

namespace idesk {

Q_LOGGING_CATEGORY(lcDatabase, "inductiondesk.database", QtWarningMsg)

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("inductiondesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A file that exists but is neither empty nor SQLite is refused before Qt
// opens it, so that we never write a journal beside someone's spreadsheet.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    return head.isEmpty() || head == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::Database(QString connectionName, QString path, Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_dialect(dialect)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return Migrations::all().last().version;
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("school.") + fileSuffix());
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path,
                                                       const OpenOptions &options)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error::invalid(tr("No database file was given"));
    if (!info.exists()) {
        if (!options.createIfMissing || options.readOnly)
            return Error::notFound(tr("The database %1 does not exist").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::storage(tr("Cannot create the folder %1").arg(info.absolutePath()));
    } else if (!info.isFile()) {
        return Error::invalid(tr("%1 is not a file").arg(path));
    } else if (info.size() == 0 && !options.createIfMissing) {
        // An empty file is not made into a database by accident (a typo'd
        // path touched by some other program, an interrupted copy).
        return Error::invalid(tr("%1 is an empty file, not an InductionDesk database").arg(path));
    } else if (!looksLikeSqlite(path)) {
        return Error::invalid(
            tr("%1 is not an InductionDesk database (it is not an SQLite file)").arg(path));
    }

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (options.readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
    }
    std::unique_ptr<Database> database(
        new Database(name, info.absoluteFilePath(), Dialect::SQLite));
    QSqlDatabase db = database->connection();
    if (!db.open())
        return Error::storage(tr("Cannot open %1: %2").arg(path, db.lastError().text()));

    auto pragma = [&](const QString &sql) -> Result<QVariant> {
        return database->scalar(sql);
    };
    if (auto fk = database->exec(QStringLiteral("PRAGMA foreign_keys = ON")); !fk)
        return fk.error();
    if (auto c = database->exec(QStringLiteral("PRAGMA temp_store = MEMORY")); !c)
        return c.error();

    const auto appId = pragma(QStringLiteral("PRAGMA application_id"));
    const auto version = pragma(QStringLiteral("PRAGMA user_version"));
    const auto tables = pragma(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!appId || !version || !tables)
        return Error::invalid(tr("%1 is not a readable InductionDesk database").arg(path));

    const int id = appId->toInt();
    const int current = version->toInt();
    const bool isNew = tables->toInt() == 0 && current == 0;
    if (!isNew && id != kApplicationId)
        return Error::invalid(
            tr("%1 is an SQLite database, but not one written by InductionDesk").arg(path));
    // A quick check on opening, bounded by the file's size: a damaged file
    // (flipped bytes on a failing disk, a copy cut short) is read but never
    // written, and never migrated. Larger files are left to `check`.
    constexpr qint64 quickCheckLimit = 256 * 1024 * 1024;
    if (!isNew && options.quickCheck && info.size() <= quickCheckLimit) {
        auto problems = database->integrityProblems(false);
        if (!problems || !problems->isEmpty())
            database->m_damage =
                tr("%1 is damaged (%2). It can be read, but nothing is saved in it: restore it "
                   "from a backup, and run 'inductiondesk-cli check' to see every problem.")
                    .arg(QDir::toNativeSeparators(path),
                         problems ? problems->first() : problems.error().message);
        // Behind the refusal in write(), SQLite itself refuses any write.
        if (!database->m_damage.isEmpty()) {
            if (auto q = database->exec(QStringLiteral("PRAGMA query_only = ON")); !q)
                return q.error();
        }
    }
    // The write-ahead log lets readers and a writer go on at once, and lets a
    // backup read while someone saves; over a network share its shared
    // memory cannot work, so there the rollback journal is kept.
    const QString fileSystem = options.fileSystem.isEmpty()
                                   ? StorageLocation::fileSystemOf(info.absoluteFilePath())
                                   : options.fileSystem;
    if (StorageLocation::isNetworkFileSystem(fileSystem))
        database->m_network = fileSystem;
    if (!options.readOnly && database->m_damage.isEmpty()) {
        const QString mode =
            database->m_network.isEmpty() ? QStringLiteral("WAL") : QStringLiteral("DELETE");
        if (auto j = database->exec(QStringLiteral("PRAGMA journal_mode = %1").arg(mode)); !j)
            return j.error();
    }
    if (current > latestSchemaVersion()) {
        return Error::refused(
            tr("%1 was written by a newer version of InductionDesk (schema version %2; this "
               "version reads up to %3). It has been left untouched: open it with the newer "
               "version.")
                .arg(path)
                .arg(current)
                .arg(latestSchemaVersion()));
    }
    if (current < latestSchemaVersion() && options.upgrade) {
        if (!database->m_damage.isEmpty())
            return Error::refused(database->m_damage);
        if (options.readOnly)
            return Error::refused(
                tr("%1 needs upgrading before it can be read, and it was opened read-only")
                    .arg(path));
        if (auto migrated = database->migrate(current); !migrated)
            return migrated.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const
{
    return connectionOpener()();
}

std::function<Result<std::unique_ptr<Database>>()> Database::connectionOpener() const
{
    return [path = m_path] {
        OpenOptions options;
        options.createIfMissing = false;
        options.quickCheck = false;
        return openSqlite(path, options);
    };
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    const auto v =
        m_dialect == Dialect::SQLite
            ? scalar(QStringLiteral("PRAGMA user_version"))
            : scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    return v ? v->toInt() : 0;
}

Status Database::setSchemaVersion(int version)
{
    if (m_dialect == Dialect::SQLite) {
        // PRAGMA takes no bound parameters; the value is our own integer.
        auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!r)
            return r.error();
    }
    auto r = exec(QStringLiteral("DELETE FROM meta WHERE key = 'schema_version'"));
    if (!r)
        return r.error();
    r = exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"),
             {QString::number(version)});
    return r ? Status::success() : Status(r.error());
}

Status Database::migrate(int fromVersion)
{
    if (fromVersion > 0) {
        auto backup = BackupFolder(m_path).make(
            *this, QStringLiteral("before-upgrade"),
            tr("before upgrading from schema version %1").arg(fromVersion));
        if (!backup)
            return Error::storage(tr("Not upgrading %1: the backup before the upgrade failed (%2)")
                                      .arg(m_path, backup.error().message));
    }
    const bool postgres = m_dialect == Dialect::PostgreSQL;
    for (const auto &step : Migrations::all()) {
        if (step.version <= fromVersion)
            continue;
        qCInfo(lcDatabase) << "Migrating" << m_path << "to schema" << step.version;
        const Status applied = write([&]() -> Status {
            if (step.version == 1 && m_dialect == Dialect::SQLite) {
                if (auto r = exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
                    !r)
                    return r.error();
            }
            for (const auto &statement : step.statements) {
                if (auto r = exec(Migrations::forDialect(statement, postgres)); !r)
                    return r.error();
            }
            return setSchemaVersion(step.version);
        });
        if (!applied)
            return Error::storage(tr("Upgrading %1 to schema version %2 failed; the database is "
                                     "left at version %3. %4")
                                      .arg(m_path)
                                      .arg(step.version)
                                      .arg(step.version - 1)
                                      .arg(applied.error().message));
    }
    if (m_pendingBackupLog) {
        const auto [file, reason] = *m_pendingBackupLog;
        m_pendingBackupLog.reset();
        return logBackup(file, reason, QFileInfo(file).lastModified());
    }
    return Status::success();
}

Result<QStringList> Database::integrityProblems(bool full) const
{
    auto q = exec(full ? QStringLiteral("PRAGMA integrity_check(20)")
                       : QStringLiteral("PRAGMA quick_check(20)"));
    if (!q)
        return q.error();
    QStringList problems;
    while (q->next()) {
        const QString line = q->value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (full) {
        auto fk = exec(QStringLiteral("PRAGMA foreign_key_check"));
        if (!fk)
            return fk.error();
        while (fk->next() && problems.size() < 20)
            problems.append(tr("a row of %1 refers to a missing row of %2")
                                .arg(fk->value(0).toString(), fk->value(2).toString()));
    }
    return problems;
}

QString Database::journalMode() const
{
    const auto v = scalar(QStringLiteral("PRAGMA journal_mode"));
    return v ? v->toString().toLower() : QString();
}

Result<qint64> Database::dataVersion() const
{
    auto v = scalar(QStringLiteral("PRAGMA data_version"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status Database::write(const std::function<Status()> &work)
{
    if (!m_damage.isEmpty())
        return Error::refused(m_damage);
    if (m_depth > 0) {
        ++m_depth;
        const Status s = work();
        --m_depth;
        return s;
    }
    return runTransaction(work, true);
}

Status Database::dryRun(const std::function<Status()> &work)
{
    if (!m_damage.isEmpty())
        return Error::refused(m_damage);
    if (m_depth > 0)
        return Error::storage(tr("A trial run cannot start inside another transaction"));
    return runTransaction(work, false);
}

Status Database::runTransaction(const std::function<Status()> &work, bool commitOnSuccess)
{
    const QString begin =
        m_dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (auto r = exec(begin); !r)
        return r.error();
    m_depth = 1;
    Status result;
    try {
        result = work();
    } catch (...) {
        m_depth = 0;
        (void)exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    m_depth = 0;
    if (!result || !commitOnSuccess) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (auto c = exec(QStringLiteral("COMMIT")); !c) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return c.error();
    }
    return Status::success();
}

Error Database::plainError(const QSqlError &error) const
{
    // SQLite's words are for developers (shown with --verbose); a tutor
    // gets what happened and what to do.
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString file = QDir::toNativeSeparators(m_path);
    if (text.contains(QLatin1String("database is locked")) ||
        text.contains(QLatin1String("database table is locked")))
        return Error::storage(tr("%1 is busy: another program (or another copy of InductionDesk) "
                                 "is saving to it. Nothing was changed; try again in a moment.")
                                  .arg(file));
    if (text.contains(QLatin1String("readonly database")))
        return Error::storage(tr("%1 cannot be saved to: the file or its folder is read-only. "
                                 "Nothing was changed.")
                                  .arg(file));
    if (text.contains(QLatin1String("database or disk is full")))
        return Error::storage(
            tr("The disk holding %1 is full. Nothing was changed; free some space and try again.")
                .arg(file));
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("corrupt")))
        return Error::storage(tr("%1 is damaged; nothing was changed. Run 'inductiondesk-cli "
                                 "check', and restore it from a backup.")
                                  .arg(file));
    if (text.contains(QLatin1String("disk I/O error")) ||
        text.contains(QLatin1String("unable to open")))
        return Error::storage(tr("%1 could not be read or written (the disk or the network "
                                 "failed). Nothing was changed.")
                                  .arg(file));
    return Error::storage(tr("Database error: %1").arg(text));
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &params) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcDatabase) << "prepare failed:" << m_connectionName << sql
                              << query.lastError().text();
        return plainError(query.lastError());
    }
    for (const auto &p : params)
        query.addBindValue(p);
    if (!query.exec()) {
        qCWarning(lcDatabase) << "exec failed:" << sql << query.lastError().text();
        return plainError(query.lastError());
    }
    return query;
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &params) const
{
    auto q = exec(sql + QStringLiteral(" RETURNING id"), params);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(tr("Database error: the new row's id was not returned"));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<qint64> Database::insertRow(const QString &table, const QStringList &columns,
                                   const QVariantList &values, qint64 id) const
{
    QStringList names = columns;
    QVariantList params = values;
    if (id > 0) {
        names.prepend(QStringLiteral("id"));
        params.prepend(id);
    }
    QStringList marks;
    for (qsizetype i = 0; i < names.size(); ++i)
        marks.append(QStringLiteral("?"));
    return insert(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
        params);
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &params) const
{
    auto q = exec(sql, params);
    if (!q)
        return q.error();
    QVariant v;
    if (q->next())
        v = q->value(0);
    q->finish();
    return v;
}

Status Database::backupTo(const QString &file, const QString &reason)
{
    if (m_dialect != Dialect::SQLite)
        return Error::refused(tr("Backups of a shared server database are made on the server"));
    if (QFileInfo::exists(file))
        return Error::refused(tr("%1 already exists; a backup never overwrites a file").arg(file));
    if (auto r = exec(QStringLiteral("VACUUM INTO ?"), {QDir::toNativeSeparators(file)}); !r)
        return r.error();
    const auto hasLog = scalar(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'backup_log'"));
    if (hasLog && hasLog->toInt() > 0) {
        // The backup is made; the log is history only (the folder is what
        // lists backups), so a busy database does not undo a good backup.
        if (auto logged = logBackup(file, reason, QDateTime::currentDateTime()); !logged)
            qCWarning(lcDatabase) << "backup not logged:" << logged.error().message;
        return Status::success();
    }
    m_pendingBackupLog = std::make_pair(file, reason);
    return Status::success();
}

Status Database::logBackup(const QString &file, const QString &reason, const QDateTime &at)
{
    return write([&]() -> Status {
        auto r = insert(
            QStringLiteral("INSERT INTO backup_log (made_at, path, reason) VALUES (?, ?, ?)"),
            {at.toString(Qt::ISODate), file, reason});
        return r ? Status::success() : Status(r.error());
    });
}

QString Database::lastBackupPath() const
{
    const auto v = scalar(QStringLiteral("SELECT path FROM backup_log ORDER BY id DESC LIMIT 1"));
    return v ? v->toString() : QString();
}

QDateTime Database::lastBackupTime() const
{
    const auto v =
        scalar(QStringLiteral("SELECT made_at FROM backup_log ORDER BY id DESC LIMIT 1"));
    return v ? QDateTime::fromString(v->toString(), Qt::ISODate) : QDateTime();
}

} // namespace idesk
