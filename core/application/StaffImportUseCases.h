#pragma once

#include "application/Change.h"
#include "services/StaffImportPlan.h"
#include "services/StaffImportService.h"

#include <QCoreApplication>

namespace idesk {

class Workspace;

// Importing a staff list: read the file, match its columns (remembered per
// kind of file), check every row and compare with the staff already held,
// then commit all of it as one change.
class StaffImportUseCases
{
    Q_DECLARE_TR_FUNCTIONS(StaffImportUseCases)
public:
    explicit StaffImportUseCases(Workspace &workspace)
        : m_ws(workspace)
    {}

    static Result<CsvTable> load(const QString &path, const QString &sheet = {});
    Result<StaffColumns> columnsFor(const CsvTable &table) const;
    Status rememberColumns(const CsvTable &table, const StaffColumns &columns) const;
    // Checks every row; runs on a worker thread with its own Workspace.
    Result<StaffImportPlan> prepare(const CsvTable &table, const StaffColumns &columns,
                                    const ReadControl &control = {}) const;
    // The check itself, from the staff already read (PeopleUseCases::all):
    // touches no database, so it runs on a worker thread.
    static Result<StaffImportPlan> plan(const CsvTable &table, const StaffColumns &columns,
                                        const QList<Person> &existing, QDate today,
                                        const ReadControl &control = {});
    Result<ChangePtr> apply(const StaffImportPlan &plan, const QList<qint64> &markLeft,
                            QDate leftOn) const;

private:
    Workspace &m_ws;
};

} // namespace idesk
