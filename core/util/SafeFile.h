#pragma once

#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace idesk {

// The one way InductionDesk writes a file a person asked for (a PDF, an
// .ics, the demo's samples): into a temporary file beside the target, every
// write and the final flush checked, then renamed over the target in one
// step, so a full disk or a crash leaves the old file exactly as it was.
// A target that exists and is not a regular file (a folder, a device, a
// FIFO) is refused; a symbolic link is followed and its target replaced,
// the link kept.
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)
public:
    static Status write(const QString &path, const QByteArray &bytes);
    // For writers that stream (QPdfWriter): `fill` writes into the device;
    // nothing replaces the target unless it succeeds and every byte lands.
    static Status write(const QString &path, const std::function<Status(QIODevice &)> &fill);
    // Where the bytes will go: the target itself, or a link's target; or why not.
    static Result<QString> target(const QString &path);
};

} // namespace idesk
