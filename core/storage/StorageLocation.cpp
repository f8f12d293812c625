#include "StorageLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace idesk {

QString StorageLocation::fileSystemOf(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.exists() ? info.absoluteFilePath() : info.absolutePath();
#ifdef Q_OS_WIN
    const QString native = QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath());
    if (native.startsWith(QLatin1String("\\\\")))
        return QStringLiteral("remote"); // a UNC path: \\server\share
    const QString root = native.left(3); // "S:\"
    if (GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE)
        return QStringLiteral("remote");
#endif
    const QStorageInfo storage(folder);
    return QString::fromLatin1(storage.fileSystemType());
}

bool StorageLocation::isNetworkFileSystem(const QString &type)
{
    const QString t = type.toLower();
    static const QStringList network{
        QStringLiteral("remote"),    QStringLiteral("cifs"),   QStringLiteral("smb"),
        QStringLiteral("smb2"),      QStringLiteral("smb3"),   QStringLiteral("smbfs"),
        QStringLiteral("nfs"),       QStringLiteral("nfs4"),   QStringLiteral("afpfs"),
        QStringLiteral("afs"),       QStringLiteral("webdav"), QStringLiteral("davfs"),
        QStringLiteral("ncpfs"),     QStringLiteral("9p"),     QStringLiteral("ceph"),
        QStringLiteral("glusterfs"), QStringLiteral("lustre"), QStringLiteral("gpfs")};
    if (network.contains(t))
        return true;
    // FUSE mounts name what is beneath: fuse.sshfs, fuse.gvfsd-fuse, fuse.rclone.
    static const QStringList fuse{
        QStringLiteral("fuse.sshfs"),    QStringLiteral("fuse.gvfsd-fuse"),
        QStringLiteral("fuse.rclone"),   QStringLiteral("fuse.s3fs"),
        QStringLiteral("fuse.smbnetfs"), QStringLiteral("fuse.davfs")};
    return fuse.contains(t);
}

} // namespace idesk
