#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace idesk {

class Database;

// One backup of a database: a whole, consistent copy in the backups folder.
struct BackupFile
{
    QString path;
    QDateTime made;
    QString kind; // daily, manual, before-upgrade, before-import, before-restore, damaged, other
    qint64 bytes = 0;
    int sequence = 1; // the second made within one second is 2, and so on
};

// The folder of backups kept beside a database ("school backups" beside
// "school.inductiondesk"): what is in it, the name of the next one, and the
// oldest ones let go once there are more than the tutor keeps. Backups are
// files, so they can be listed and restored even when the database itself
// cannot be opened.
class BackupFolder
{
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)
public:
    explicit BackupFolder(const QString &databasePath);

    QString folder() const { return m_folder; }
    // Newest first. A missing folder is an empty list.
    QList<BackupFile> list() const;
    // Makes a backup of `db` now, of the given kind, and returns it.
    Result<BackupFile> make(Database &db, const QString &kind, const QString &reason);
    // Keeps the newest `keep` backups this program named; removes the rest.
    Status prune(int keep);
    // A file copy of the database as it is (a damaged file cannot be copied
    // through SQLite), kept before it is replaced.
    Result<BackupFile> copyAsIs(const QString &kind);

    // Checks that `file` is a whole InductionDesk database this version can
    // read (SQLite's full integrity check), without changing it.
    static Status verify(const QString &file);
    // Puts a copy of `backup` in the place of `databasePath` in one rename.
    // Nothing may have the database open meanwhile.
    static Status replace(const QString &databasePath, const QString &backup);

private:
    // Where the next backup of `kind` goes (the folder made if need be).
    Result<QString> nextPath(const QString &kind) const;

    QString m_databasePath;
    QString m_base;
    QString m_folder;
};

} // namespace idesk
