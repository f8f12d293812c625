#include "SafeFile.h"

#include "util/CheckedDevice.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace idesk {

namespace {
// The reason in words a tutor can act on.
QString reasonOf(const QSaveFile &file, int error)
{
    if (error == ENOSPC || file.error() == QFileDevice::ResourceError)
        return SafeFile::tr("the disk is full");
    if (error == EFBIG)
        return SafeFile::tr("the file would be larger than this system allows");
    if (error == EDQUOT)
        return SafeFile::tr("the disk quota is used up");
    if (error == EACCES || error == EPERM || file.error() == QFileDevice::PermissionsError)
        return SafeFile::tr("permission denied");
    if (error == EROFS)
        return SafeFile::tr("the disk is read-only");
    return file.errorString();
}
} // namespace

Result<QString> SafeFile::target(const QString &path)
{
    if (path.isEmpty())
        return Error::invalid(tr("no file was named"));
    QFileInfo info(path);
    // One link followed, as editors do: the link stays and its target is replaced.
    if (info.isSymLink()) {
        const QString to = info.symLinkTarget();
        if (to.isEmpty())
            return Error::invalid(tr("%1: is a link to nothing").arg(path));
        info = QFileInfo(to);
    }
    if (info.exists() && info.isDir())
        return Error::invalid(tr("%1: is a folder; name a file in it").arg(path));
    if (info.exists() && !info.isFile())
        return Error::invalid(
            tr("%1: is not an ordinary file (a device or a pipe), so it is not written over")
                .arg(path));
    if (!info.dir().exists())
        return Error::invalid(tr("%1: the folder %2 does not exist")
                                  .arg(path, QDir::toNativeSeparators(info.absolutePath())));
    return info.absoluteFilePath();
}

Status SafeFile::write(const QString &path, const QByteArray &bytes)
{
    return write(path, [&bytes](QIODevice &device) -> Status {
        if (device.write(bytes) != bytes.size())
            return Error::storage(device.errorString());
        return Status::success();
    });
}

Status SafeFile::write(const QString &path, const std::function<Status(QIODevice &)> &fill)
{
    auto to = target(path);
    if (!to)
        return to.error();
    QSaveFile file(*to);
    // The temporary file is renamed over the target only at commit(); on
    // any failure it is removed and the target is untouched.
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(tr("%1: cannot be written: %2").arg(path, reasonOf(file, errno)));
    errno = 0;
    // Writers that ignore write()'s answer are checked all the same.
    CheckedDevice checked(file);
    const Status filled = fill(checked);
    const int afterFill = errno;
    if (!filled || checked.failed() || file.error() != QFileDevice::NoError) {
        const QString reason = reasonOf(file, afterFill);
        file.cancelWriting();
        return Error::storage(
            tr("%1: cannot be written: %2").arg(path, filled ? reason : filled.error().message));
    }
    errno = 0;
    if (!file.commit())
        return Error::storage(tr("%1: cannot be written: %2").arg(path, reasonOf(file, errno)));
    return Status::success();
}

} // namespace idesk
