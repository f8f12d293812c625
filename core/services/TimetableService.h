#pragma once

#include "services/TimetablePlan.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

class Database;

// Timetable import for the app and the CLI: read an export (any format
// TimetableFileReader knows), match it to the staff and the school day, and
// save it in one transaction.
class TimetableService
{
    Q_DECLARE_TR_FUNCTIONS(TimetableService)
public:
    explicit TimetableService(Database &db)
        : m_db(db)
    {}

    Result<TimetablePlan> read(const QString &path, const TimetableReadOptions &options) const;
    // The same file matched again (after matches made by hand).
    Result<TimetablePlan> plan(const TimetableFile &file,
                               const TimetableReadOptions &options) const;
    // The school day (when new), the matches made by hand, and the
    // timetables of everyone in the import; others keep theirs.
    Status save(const TimetablePlan &plan);
    Status save(const TimetableImport &import);

private:
    Database &m_db;
};

} // namespace idesk
