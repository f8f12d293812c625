#include "SmallFile.h"

#include <QFile>
#include <QFileInfo>

namespace idesk {

Result<QByteArray> SmallFile::read(const QString &path, qint64 maxBytes, const QString &usual)
{
    const Place whole{QFileInfo(path).fileName(), 0, 0, {}, {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::in(whole, tr("cannot be read (%1)").arg(file.errorString()),
                         Error::Kind::NotFound);
    const auto size = [](qint64 bytes) {
        return bytes >= 1024 * 1024 ? tr("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
                                    : tr("%1 KB").arg((bytes + 1023) / 1024);
    };
    if (file.size() > maxBytes)
        return Error::in(whole, tr("is too big: %1, where %2 (the limit is %3)")
                                    .arg(size(file.size()), usual, size(maxBytes)));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::in(whole, tr("cannot be read (%1)").arg(file.errorString()),
                         Error::Kind::Storage);
    return data;
}

} // namespace idesk
