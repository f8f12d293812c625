#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

// Reads a file a person chose whole, refusing one that cannot be opened or
// is bigger than such a file ever is, with the file's name and its size in
// the message (never a parser's "unterminated string" for a cut-off read).
class SmallFile
{
    Q_DECLARE_TR_FUNCTIONS(SmallFile)
public:
    // `usual` says what such a file is like ("a school calendar is far smaller").
    static Result<QByteArray> read(const QString &path, qint64 maxBytes, const QString &usual);
};

} // namespace idesk
