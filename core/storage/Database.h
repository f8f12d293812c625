#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QSqlError;

namespace idesk {

// One open database: a named Qt SQL connection used by one thread. Schema
// migrations run on open; every write goes through write(), one transaction.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Dialect
    {
        SQLite,
        PostgreSQL
    };

    struct OpenOptions
    {
        bool createIfMissing = true;
        bool readOnly = false;
        // SQLite's quick check on opening (a worker's second connection skips it).
        bool quickCheck = true;
        // An older schema is brought up to date (after a backup); without,
        // it is read as it is (a backup checked before it is restored).
        bool upgrade = true;
        // The file system to take the file to be on (tests); empty: ask the system.
        QString fileSystem;
    };

    static Result<std::unique_ptr<Database>> openSqlite(const QString &path,
                                                        const OpenOptions &options);
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path)
    {
        return openSqlite(path, OpenOptions{});
    }
    // Where the database lives unless the user picks another file.
    static QString defaultPath();
    static QString fileSuffix() { return QStringLiteral("inductiondesk"); }
    static int latestSchemaVersion();
    // Marks a SQLite file as ours (PRAGMA application_id), "IDSK".
    static constexpr int kApplicationId = 0x4944534B;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    Dialect dialect() const { return m_dialect; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    // A second connection to the same database, for a worker thread; it must be
    // created, used and destroyed on that thread.
    Result<std::unique_ptr<Database>> openAnotherConnection() const;
    // The same as a value to carry to another thread: it keeps no reference
    // to this connection, which may have closed by the time it is called.
    std::function<Result<std::unique_ptr<Database>>()> connectionOpener() const;

    // Runs `work` in one transaction (BEGIN IMMEDIATE on SQLite, so the write
    // lock is taken up front); commits when it succeeds, rolls back otherwise.
    // Nested calls join the outer transaction.
    Status write(const std::function<Status()> &work);
    // As write(), for work that makes something (a new id): its result, or why
    // nothing was written.
    template<typename F>
    std::invoke_result_t<F &> writeReturning(F &&work)
    {
        std::optional<std::invoke_result_t<F &>> made;
        const Status written = write([&]() -> Status {
            made.emplace(work());
            return made->ok() ? Status::success() : Status(made->error());
        });
        if (!written)
            return written.error();
        return std::move(*made);
    }
    bool inTransaction() const { return m_depth > 0; }
    // Runs `work` in a transaction that is always rolled back: the exact answer
    // the rules would give, with nothing written. Dialogs use it to show a
    // refusal before they close, so no typed input is lost.
    Status dryRun(const std::function<Status()> &work);

    Result<QSqlQuery> exec(const QString &sql, const QVariantList &params = {}) const;
    // INSERT ... RETURNING id (SQLite 3.35+ and PostgreSQL both speak it).
    Result<qint64> insert(const QString &sql, const QVariantList &params) const;
    // One row of `table`; with `id` > 0 the row gets that id back (an undo
    // puts back the very row it removed, so anything naming it still does).
    Result<qint64> insertRow(const QString &table, const QStringList &columns,
                             const QVariantList &values, qint64 id = 0) const;
    Result<QVariant> scalar(const QString &sql, const QVariantList &params = {}) const;

    // A consistent copy of the whole database (VACUUM INTO), recorded in the
    // backup log so the UI can show when the last one was made.
    Status backupTo(const QString &file, const QString &reason);
    QString lastBackupPath() const;
    QDateTime lastBackupTime() const;
    // SQLite's failure as a sentence a tutor can act on (busy, read-only,
    // disk full, damaged), SQLite's own words kept for the rest.
    Error plainError(const QSqlError &error) const;
    // What SQLite's integrity check finds wrong (empty when nothing):
    // `full` runs integrity_check, else quick_check. At most 20 problems.
    Result<QStringList> integrityProblems(bool full) const;
    // When the quick check on opening found the file damaged: the plain
    // sentence to show. A damaged database is read but never written.
    QString damage() const { return m_damage; }
    // The network file system the database is on ("cifs", "nfs4"), or empty
    // when it is on this computer's own disk.
    QString networkFileSystem() const { return m_network; }
    // SQLite's journal mode: "wal" on a local disk, "delete" on a share.
    QString journalMode() const;
    // SQLite's count of commits made by other connections (another process,
    // another thread's connection): it moves when anyone else writes.
    Result<qint64> dataVersion() const;

private:
    Database(QString connectionName, QString path, Dialect dialect);
    Status migrate(int fromVersion);
    // BEGIN, work, then COMMIT when it succeeds and commitOnSuccess; ROLLBACK otherwise.
    Status runTransaction(const std::function<Status()> &work, bool commitOnSuccess);
    Status setSchemaVersion(int version);
    Status logBackup(const QString &file, const QString &reason, const QDateTime &at);

    QString m_connectionName;
    QString m_path;
    Dialect m_dialect;
    int m_depth = 0;
    QString m_damage;
    QString m_network;
    std::optional<std::pair<QString, QString>> m_pendingBackupLog; // made before the log existed
};

} // namespace idesk
