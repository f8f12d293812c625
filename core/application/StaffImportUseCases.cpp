#include "StaffImportUseCases.h"

#include "application/BackupUseCases.h"

#include "application/StepChange.h"
#include "application/Workspace.h"

#include <QFileInfo>

#include <memory>

namespace idesk {

Result<CsvTable> StaffImportUseCases::load(const QString &path, const QString &sheet)
{
    return StaffImportService::load(path, sheet);
}

Result<StaffColumns> StaffImportUseCases::columnsFor(const CsvTable &table) const
{
    return StaffImportService(m_ws.database(), m_ws.clock()).columnsFor(table);
}

Status StaffImportUseCases::rememberColumns(const CsvTable &table,
                                            const StaffColumns &columns) const
{
    return StaffImportService(m_ws.database(), m_ws.clock()).rememberColumns(table, columns);
}

Result<StaffImportPlan> StaffImportUseCases::prepare(const CsvTable &table,
                                                     const StaffColumns &columns,
                                                     const ReadControl &control) const
{
    return StaffImportService(m_ws.database(), m_ws.clock()).prepare(table, columns, control);
}

Result<StaffImportPlan> StaffImportUseCases::plan(const CsvTable &table,
                                                  const StaffColumns &columns,
                                                  const QList<Person> &existing, QDate today,
                                                  const ReadControl &control)
{
    return StaffImportService::plan(table, columns, existing, today, control);
}

Result<ChangePtr> StaffImportUseCases::apply(const StaffImportPlan &plan,
                                             const QList<qint64> &markLeft, QDate leftOn) const
{
    if (!plan.ok())
        return Error::invalid(tr("%1 has problems in %n row(s); nothing was imported.", "",
                                 int(plan.problems().size()))
                                  .arg(QFileInfo(plan.list.table.fileName).fileName()));
    // A large import is easy to regret: the database as it was is kept first.
    if (auto backup = BackupUseCases(m_ws).beforeImport(plan.changes.size() + markLeft.size());
        !backup)
        return backup.error();
    auto done = std::make_shared<StaffImportResult>();
    const Clock &clock = m_ws.clock();
    return StepChange::make(
        tr("Import staff list %1").arg(plan.list.table.fileName), Topic::People,
        [plan, markLeft, leftOn, done, &clock](Database &db) -> Status {
            auto r = StaffImportService(db, clock).apply(plan, markLeft, leftOn);
            if (!r)
                return r.error();
            *done = *r;
            return Status::success();
        },
        [done, &clock](Database &db) { return StaffImportService(db, clock).revert(*done); });
}

} // namespace idesk
