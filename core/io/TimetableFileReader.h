#pragma once

#include "io/TimetableFile.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

// Opens a timetable export and tells its format from the content, not the
// name: FET's teachers XML or .fet file, aSc's XML, a grid (CSV or XLSX),
// or our own CSV (Staff Code, Week, Day, Period, Activity[, Class]).
class TimetableFileReader
{
    Q_DECLARE_TR_FUNCTIONS(TimetableFileReader)
public:
    // "auto", "inductiondesk", "fet", "asc" or "grid".
    static QStringList formats();
    static Result<TimetableFile> read(const QString &path, const QString &format = {});
    static Result<TimetableFile> read(const QByteArray &bytes, const QString &fileName,
                                      const QString &format = {});
};

} // namespace idesk
