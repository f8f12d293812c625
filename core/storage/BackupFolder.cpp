#include "BackupFolder.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace idesk {

namespace {
const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

// "school-20261208-101500-daily.inductiondesk", a second in the same second
// "school-20261208-101500.2-daily.inductiondesk".
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("-(\\d{8}-\\d{6})(?:\\.(\\d+))?-([a-z-]+)\\.%1$")
            .arg(Database::fileSuffix()));
    return pattern;
}
// A backup is read as it is: never made, upgraded or written.
Database::OpenOptions asItIs()
{
    Database::OpenOptions options;
    options.createIfMissing = false;
    options.readOnly = true;
    options.quickCheck = false;
    options.upgrade = false;
    return options;
}
} // namespace

BackupFolder::BackupFolder(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{
    const QFileInfo info(m_databasePath);
    m_base = info.completeBaseName();
    // Not translated: a colleague in another language finds the same folder.
    m_folder = info.absoluteDir().filePath(m_base + QStringLiteral(" backups"));
}

QList<BackupFile> BackupFolder::list() const
{
    QList<BackupFile> out;
    const QDir dir(m_folder);
    const auto files = dir.entryInfoList({QStringLiteral("*.") + Database::fileSuffix()},
                                         QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &f : files) {
        BackupFile b;
        b.path = f.absoluteFilePath();
        b.bytes = f.size();
        const auto m = namePattern().match(f.fileName());
        if (m.hasMatch()) {
            b.made = QDateTime::fromString(m.captured(1), kStamp);
            b.sequence = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
            b.kind = m.captured(3);
        }
        if (!b.made.isValid()) {
            b.made = f.lastModified();
            b.kind = QStringLiteral("other");
        }
        out.append(b);
    }
    std::sort(out.begin(), out.end(), [](const BackupFile &a, const BackupFile &b) {
        if (a.made != b.made)
            return a.made > b.made;
        return a.sequence != b.sequence ? a.sequence > b.sequence : a.path > b.path;
    });
    return out;
}

Result<QString> BackupFolder::nextPath(const QString &kind) const
{
    if (!QDir().mkpath(m_folder))
        return Error::storage(
            tr("The backups folder %1 could not be made").arg(QDir::toNativeSeparators(m_folder)));
    const QDateTime now = QDateTime::currentDateTime();
    const QString stamp = now.toString(kStamp);
    // Within one second, after the newest made in it (older ones may have been let go).
    int sequence = 0;
    for (const BackupFile &b : list())
        if (b.kind != QLatin1String("other") && b.made.toString(kStamp) == stamp)
            sequence = std::max(sequence, b.sequence);
    const QDir dir(m_folder);
    if (sequence == 0)
        return dir.filePath(
            QStringLiteral("%1-%2-%3.%4").arg(m_base, stamp, kind, Database::fileSuffix()));
    return dir.filePath(QStringLiteral("%1-%2.%3-%4.%5")
                            .arg(m_base, stamp)
                            .arg(sequence + 1)
                            .arg(kind, Database::fileSuffix()));
}

Result<BackupFile> BackupFolder::make(Database &db, const QString &kind, const QString &reason)
{
    auto next = nextPath(kind);
    if (!next)
        return next.error();
    const QString path = *next;
    if (auto s = db.backupTo(path, reason); !s) {
        QFile::remove(path); // a copy cut short (a full disk) is no backup
        return Error::storage(tr("No backup was made in %1: %2")
                                  .arg(QDir::toNativeSeparators(m_folder), s.error().message));
    }
    BackupFile b;
    b.path = path;
    b.kind = kind;
    b.made = QDateTime::fromString(QDateTime::currentDateTime().toString(kStamp), kStamp);
    b.bytes = QFileInfo(path).size();
    return b;
}

Result<BackupFile> BackupFolder::copyAsIs(const QString &kind)
{
    auto next = nextPath(kind);
    if (!next)
        return next.error();
    const QString path = *next;
    if (!QFile::copy(m_databasePath, path)) {
        QFile::remove(path);
        return Error::storage(
            tr("%1 could not be copied to %2 before it was replaced")
                .arg(QDir::toNativeSeparators(m_databasePath), QDir::toNativeSeparators(path)));
    }
    return BackupFile{path, QDateTime::currentDateTime(), kind, QFileInfo(path).size()};
}

Status BackupFolder::prune(int keep)
{
    int kept = 0;
    const QList<BackupFile> all = list();
    for (const BackupFile &b : all) {
        if (b.kind == QLatin1String("other"))
            continue; // not named by us: the tutor's own file
        if (++kept <= keep)
            continue;
        if (!QFile::remove(b.path))
            return Error::storage(
                tr("The old backup %1 could not be removed").arg(QDir::toNativeSeparators(b.path)));
    }
    return Status::success();
}

Status BackupFolder::verify(const QString &file)
{
    auto db = Database::openSqlite(file, asItIs());
    if (!db)
        return db.error();
    auto problems = (*db)->integrityProblems(true);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error::refused(tr("%1 is damaged (%2); choose another backup")
                                  .arg(QDir::toNativeSeparators(file), problems->first()));
    return Status::success();
}

Status BackupFolder::replace(const QString &databasePath, const QString &backup)
{
    const QFileInfo target(databasePath);
    const QString native = QDir::toNativeSeparators(target.absoluteFilePath());
    for (const char *suffix : {"-journal", "-wal"}) {
        // Someone is saving to it (or a save was cut short and the journal
        // would be played into the restored file): not now.
        if (QFileInfo(target.absoluteFilePath() + QLatin1String(suffix)).size() > 0)
            return Error::refused(tr("%1 is in use: close every copy of InductionDesk and every "
                                     "command using it, then restore again.")
                                      .arg(native));
    }
    // A fresh, whole copy made beside the target through SQLite, then one rename.
    QString copy;
    {
        QTemporaryFile temp(target.absoluteDir().filePath(
            QStringLiteral(".%1.restoring-XXXXXX").arg(target.fileName())));
        if (!temp.open())
            return Error::storage(tr("Nothing was restored: no file could be made in %1")
                                      .arg(QDir::toNativeSeparators(target.absolutePath())));
        copy = temp.fileName();
    }
    QFile::remove(copy); // VACUUM INTO writes only a new file
    {
        auto source = Database::openSqlite(backup, asItIs());
        if (!source)
            return source.error();
        if (auto r = (*source)->exec(QStringLiteral("VACUUM INTO ?"), {copy}); !r) {
            QFile::remove(copy);
            return Error::storage(tr("Nothing was restored: %1").arg(r.error().message));
        }
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(copy.toStdU16String()),
                            std::filesystem::path(target.absoluteFilePath().toStdU16String()),
                            error);
    if (error) {
        QFile::remove(copy);
        return Error::storage(tr("Nothing was restored: %1 could not be replaced (%2). Close "
                                 "every copy of InductionDesk using it and try again.")
                                  .arg(native, QString::fromLocal8Bit(error.message())));
    }
    return Status::success();
}

} // namespace idesk
