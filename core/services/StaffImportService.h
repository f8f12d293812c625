#pragma once

#include "services/StaffImportPlan.h"
#include "util/Result.h"

#include "util/Clock.h"
#include <QCoreApplication>

namespace idesk {

class Database;

// What an applied import did, so that it can be undone exactly.
struct StaffImportResult
{
    QList<qint64> added;
    QList<Person> updatedBefore;            // as they were
    QList<Person> leftBefore;               // as they were before being marked as left
    qint64 logId = 0;                       // the import's line in staff_import
    QString columnsKey;                     // the column choice remembered for files like it...
    std::optional<QString> previousColumns; // ...and what was remembered before
};

// A staff list import from file to database: read, map the columns (the
// mapping remembered for files with the same header), check, plan the merge
// for the user to see, then apply it in one transaction.
class StaffImportService
{
    Q_DECLARE_TR_FUNCTIONS(StaffImportService)
public:
    StaffImportService(Database &db, const Clock &clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {}

    // The table with its header found under any title rows.
    static Result<CsvTable> load(const QString &path, const QString &sheet = {});
    // The columns remembered for this header, or the best guess.
    Result<StaffColumns> columnsFor(const CsvTable &table) const;
    Status rememberColumns(const CsvTable &table, const StaffColumns &columns);
    Result<StaffImportPlan> prepare(const CsvTable &table, const StaffColumns &columns,
                                    const ReadControl &control = {}) const;
    // Refused unless the plan has no problems; `markLeft` are ids from plan.missing.
    // The same from the staff already read: no database, so any thread.
    static Result<StaffImportPlan> plan(const CsvTable &table, const StaffColumns &columns,
                                        const QList<Person> &existing, QDate today,
                                        const ReadControl &control = {});
    Result<StaffImportResult> apply(const StaffImportPlan &plan, const QList<qint64> &markLeft,
                                    QDate leftOn);
    Status revert(const StaffImportResult &result);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace idesk
