#pragma once

#include "io/TimetableCsv.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

class Database;

// Timetable import for the app and the CLI: read and check a CSV file against
// the school day and the staff list, then save it in one transaction.
class TimetableService
{
    Q_DECLARE_TR_FUNCTIONS(TimetableService)
public:
    explicit TimetableService(Database &db)
        : m_db(db)
    {}

    Result<TimetableImport> readCsv(const QString &path, QStringList *problems) const;
    // Replaces the timetables of everyone in the import; others keep theirs.
    Status save(const TimetableImport &import);

private:
    Database &m_db;
};

} // namespace idesk
