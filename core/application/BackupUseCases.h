#pragma once

#include "storage/BackupFolder.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace idesk {

class Workspace;

// What a restore did: the backup put in place, and the database as it was
// before, kept as a backup of its own.
struct RestoreDone
{
    BackupFile restored;
    std::optional<BackupFile> keptFirst;
};

// Backups of the school's database: made once a day on first opening,
// before large imports and upgrades, and when the tutor asks; the newest
// ten kept (a setting); any of them restored, the current file kept first.
// Each is a whole, consistent copy made by SQLite (VACUUM INTO), so one made
// while someone else saves is still whole.
class BackupUseCases
{
    Q_DECLARE_TR_FUNCTIONS(BackupUseCases)
public:
    static constexpr int kDefaultKeep = 10;
    // Imports that write at least this many rows are backed up first.
    static constexpr int kLargeImportRows = 100;

    explicit BackupUseCases(Workspace &ws)
        : m_ws(ws)
    {}

    QList<BackupFile> list() const;
    QString folder() const;
    int keep() const;
    Status setKeep(int keep);
    // A backup now (kind: manual, daily, before-import), then the oldest let go.
    Result<BackupFile> create(const QString &kind = QStringLiteral("manual"));
    // The day's backup, when none has been made today.
    Result<std::optional<BackupFile>> dailyIfDue();
    // A backup before an import of `rows` rows, when that is large.
    Result<std::optional<BackupFile>> beforeImport(qsizetype rows);

    static QList<BackupFile> listFor(const QString &databasePath);
    // "Daily", "Before an upgrade": a backup's kind in words.
    static QString kindName(const QString &kind);
    // The newest backup that passes SQLite's full check (offered when the
    // database is found damaged), or none.
    static std::optional<BackupFile> latestGood(const QString &databasePath);
    // Puts `backup` in the place of the database at `databasePath`, which
    // the caller has closed: the backup is checked first, and the database
    // as it is kept as a backup (a plain copy when it is damaged).
    static Result<RestoreDone> restore(const QString &databasePath, const QString &backup);

private:
    Workspace &m_ws;
};

} // namespace idesk
