#include "BackupUseCases.h"

#include "application/Workspace.h"
#include "storage/Database.h"
#include "storage/SchoolRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace idesk {

namespace {
const QString kKeepSetting = QStringLiteral("backups.keep");
}

QList<BackupFile> BackupUseCases::list() const
{
    return listFor(m_ws.path());
}

QList<BackupFile> BackupUseCases::listFor(const QString &databasePath)
{
    return BackupFolder(databasePath).list();
}

QString BackupUseCases::folder() const
{
    return BackupFolder(m_ws.path()).folder();
}

int BackupUseCases::keep() const
{
    const auto stored = SchoolRepository(m_ws.database()).setting(kKeepSetting);
    bool ok = false;
    const int n = stored ? stored->toInt(&ok) : 0;
    return ok && n > 0 ? n : kDefaultKeep;
}

Status BackupUseCases::setKeep(int keep)
{
    if (keep < 1 || keep > 1000)
        return Error::invalid(tr("Keep between 1 and 1000 backups (not %1)").arg(keep));
    Database &db = m_ws.database();
    if (auto s = db.write(
            [&] { return SchoolRepository(db).setSetting(kKeepSetting, QString::number(keep)); });
        !s)
        return s;
    return BackupFolder(m_ws.path()).prune(keep);
}

Result<BackupFile> BackupUseCases::create(const QString &kind)
{
    if (!m_ws.damage().isEmpty())
        return Error::refused(tr("No backup was made: %1").arg(m_ws.damage()));
    BackupFolder folder(m_ws.path());
    auto made = folder.make(m_ws.database(), kind, kindName(kind));
    if (!made)
        return made.error();
    if (auto pruned = folder.prune(keep()); !pruned)
        return pruned.error();
    return made;
}

Result<std::optional<BackupFile>> BackupUseCases::dailyIfDue()
{
    if (!m_ws.damage().isEmpty())
        return std::optional<BackupFile>();
    const QList<BackupFile> all = list();
    const QDate today = QDate::currentDate();
    for (const BackupFile &b : all) {
        if (b.kind != QLatin1String("other") && b.made.date() >= today)
            return std::optional<BackupFile>();
    }
    auto made = create(QStringLiteral("daily"));
    if (!made)
        return made.error();
    return std::optional<BackupFile>(*made);
}

Result<std::optional<BackupFile>> BackupUseCases::beforeImport(qsizetype rows)
{
    if (rows < kLargeImportRows)
        return std::optional<BackupFile>();
    auto made = create(QStringLiteral("before-import"));
    if (!made)
        return Error::storage(
            tr("The import was not started, because the backup before it failed: %1")
                .arg(made.error().message));
    return std::optional<BackupFile>(*made);
}

QString BackupUseCases::kindName(const QString &kind)
{
    if (kind == QLatin1String("daily"))
        return tr("Daily");
    if (kind == QLatin1String("manual"))
        return tr("Made by hand");
    if (kind == QLatin1String("before-upgrade"))
        return tr("Before an upgrade");
    if (kind == QLatin1String("before-import"))
        return tr("Before an import");
    if (kind == QLatin1String("before-restore"))
        return tr("Before a restore");
    if (kind == QLatin1String("damaged"))
        return tr("Damaged file, kept before a restore");
    return tr("Other file");
}

std::optional<BackupFile> BackupUseCases::latestGood(const QString &databasePath)
{
    for (const BackupFile &b : listFor(databasePath)) {
        if (b.kind != QLatin1String("damaged") && BackupFolder::verify(b.path))
            return b;
    }
    return std::nullopt;
}

Result<RestoreDone> BackupUseCases::restore(const QString &databasePath, const QString &backup)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    const QString native = QDir::toNativeSeparators(path);
    if (!QFileInfo(backup).isFile())
        return Error::notFound(
            tr("The backup %1 does not exist").arg(QDir::toNativeSeparators(backup)));
    if (QFileInfo(backup).absoluteFilePath() == path)
        return Error::invalid(tr("%1 is the database itself, not a backup of it").arg(native));
    // Not while a copy of the app has it open: it would go on with the old file.
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0) && lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return Error::refused(tr("%1 is open in InductionDesk (process %2 on %3): close it there "
                                 "first; nothing was restored.")
                                  .arg(native)
                                  .arg(pid)
                                  .arg(host));
    }
    if (auto ok = BackupFolder::verify(backup); !ok)
        return Error::refused(tr("Nothing was restored: %1").arg(ok.error().message));

    RestoreDone done;
    BackupFolder folder(path);
    if (QFileInfo::exists(path)) {
        std::optional<BackupFile> whole;
        { // closed again before the file is replaced
            Database::OpenOptions options;
            options.createIfMissing = false;
            options.upgrade = false;
            auto current = Database::openSqlite(path, options);
            if (current && (*current)->damage().isEmpty()) {
                auto made = folder.make(**current, QStringLiteral("before-restore"),
                                        kindName(QStringLiteral("before-restore")));
                if (made)
                    whole = *made;
            }
        }
        Result<BackupFile> kept =
            whole ? Result<BackupFile>(*whole) : folder.copyAsIs(QStringLiteral("damaged"));
        if (!kept)
            return Error::storage(tr("Nothing was restored: %1 could not be kept first (%2)")
                                      .arg(native, kept.error().message));
        done.keptFirst = *kept;
    }
    if (auto replaced = BackupFolder::replace(path, backup); !replaced)
        return replaced.error();
    done.restored = BackupFile{backup, {}, {}, QFileInfo(backup).size()};
    for (const BackupFile &b : folder.list())
        if (b.path == QFileInfo(backup).absoluteFilePath())
            done.restored = b;
    return done;
}

} // namespace idesk
