#include "StaffImportService.h"

#include "storage/Database.h"

#include "services/StaffMerge.h"
#include "storage/PersonRepository.h"
#include "storage/SchoolRepository.h"
#include "util/Dates.h"

#include <QJsonDocument>

namespace idesk {

namespace {
QString mappingKey(const CsvTable &table)
{
    return QStringLiteral("staff_import_columns:") + StaffColumns::sourceKey(table.header);
}
} // namespace

Result<CsvTable> StaffImportService::load(const QString &path, const QString &sheet)
{
    auto table = StaffListReader::readTable(path, sheet);
    if (!table)
        return table.error();
    const int header = StaffColumns::findHeaderRow(*table);
    if (header < 0)
        return Error::invalid(
            tr("%1: no row in the first %2 looks like a staff list's header (for example "
               "Staff Code, Forename, Surname, Teacher Number, Email)")
                .arg(table->fileName)
                .arg(16));
    table->rebaseHeader(header);
    return table;
}

Result<StaffColumns> StaffImportService::columnsFor(const CsvTable &table) const
{
    auto saved = SchoolRepository(m_db).setting(mappingKey(table));
    if (!saved)
        return saved.error();
    if (!saved->isEmpty()) {
        const QJsonObject json = QJsonDocument::fromJson(saved->toUtf8()).object();
        StaffColumns remembered = StaffColumns::fromJson(json, table.header);
        if (remembered.missing().isEmpty())
            return remembered;
    }
    return StaffColumns::guess(table.header);
}

Status StaffImportService::rememberColumns(const CsvTable &table, const StaffColumns &columns)
{
    return SchoolRepository(m_db).setSetting(
        mappingKey(table),
        QString::fromUtf8(
            QJsonDocument(columns.toJson(table.header)).toJson(QJsonDocument::Compact)));
}

Result<StaffImportPlan> StaffImportService::prepare(const CsvTable &table,
                                                    const StaffColumns &columns,
                                                    const ReadControl &control) const
{
    auto people = PersonRepository(m_db).all();
    if (!people)
        return people.error();
    return plan(table, columns, *people, m_clock.today(), control);
}

Result<StaffImportPlan> StaffImportService::plan(const CsvTable &table, const StaffColumns &columns,
                                                 const QList<Person> &existing, QDate today,
                                                 const ReadControl &control)
{
    StaffList list = StaffListReader::parse(table, columns, control);
    if (control.cancelled())
        return Error::refused(tr("Cancelled"));
    return StaffMerge::plan(std::move(list), existing, today);
}

Result<StaffImportResult> StaffImportService::apply(const StaffImportPlan &plan,
                                                    const QList<qint64> &markLeft, QDate leftOn)
{
    if (!plan.ok())
        return Error::invalid(
            tr("%1 has %n problem(s); nothing was imported", nullptr, int(plan.problems().size()))
                .arg(plan.list.table.fileName));
    StaffImportResult result;
    PersonRepository people(m_db);
    const Status s = m_db.write([&]() -> Status {
        // Inside the transaction: what is read is what the rows are checked
        // against. A list that changes nobody reads nothing more.
        const bool writes =
            !markLeft.isEmpty() ||
            std::any_of(plan.changes.cbegin(), plan.changes.cend(),
                        [](const StaffChange &c) { return c.kind != StaffChange::Unchanged; });
        if (auto b = writes ? people.beginBatch() : Status::success(); !b)
            return b;
        // Updates first: one may free a code or TRN a new person then takes.
        QList<Person> fresh;
        QList<int> freshRows;
        fresh.reserve(plan.changes.size());
        freshRows.reserve(plan.changes.size());
        for (const StaffChange &c : plan.changes) {
            if (c.kind == StaffChange::New) {
                fresh.append(c.after);
                freshRows.append(c.row);
            } else if (c.kind == StaffChange::Updated) {
                if (auto u = people.update(c.after); !u)
                    return Error::invalid(tr("%1, row %2: %3")
                                              .arg(plan.list.table.fileName)
                                              .arg(c.row)
                                              .arg(u.error().message));
                result.updatedBefore.append(c.before);
            }
        }
        auto ids = people.insertAll(std::move(fresh), [&](qsizetype i) {
            return tr("%1, row %2").arg(plan.list.table.fileName).arg(freshRows.at(i));
        });
        if (!ids)
            return ids.error();
        result.added = std::move(*ids);
        for (const Person &p : plan.missing) {
            if (!markLeft.contains(p.id))
                continue;
            Person left = p;
            left.employmentEnd = leftOn;
            if (left.employmentStart.isValid() && leftOn < left.employmentStart)
                left.employmentEnd = left.employmentStart;
            if (auto u = people.update(left); !u)
                return u;
            result.leftBefore.append(p);
        }
        const QString columnsKey = mappingKey(plan.list.table);
        auto previousColumns = SchoolRepository(m_db).storedSetting(columnsKey);
        if (!previousColumns)
            return previousColumns.error();
        result.columnsKey = columnsKey;
        result.previousColumns = *previousColumns;
        if (auto r = m_db.insert(
                QStringLiteral("INSERT INTO staff_import (imported_at, file_name, source, added,"
                               " updated, marked_left) VALUES (?, ?, ?, ?, ?, ?)"),
                {m_clock.now().toUTC().toString(Qt::ISODate), plan.list.table.fileName,
                 plan.list.sourceKey, int(result.added.size()), int(result.updatedBefore.size()),
                 int(result.leftBefore.size())});
            !r)
            return r.error();
        else
            result.logId = *r;
        return rememberColumns(plan.list.table, plan.list.columns);
    });
    if (!s)
        return s.error();
    return result;
}

Status StaffImportService::revert(const StaffImportResult &result)
{
    PersonRepository people(m_db);
    return m_db.write([&]() -> Status {
        for (qint64 id : result.added) {
            if (auto s = people.remove(id); !s)
                return s;
        }
        for (const auto &list : {result.updatedBefore, result.leftBefore}) {
            for (const Person &p : list) {
                if (auto s = people.update(p); !s)
                    return s;
            }
        }
        // The import's line in the log and the column choice it remembered go too.
        if (result.logId > 0) {
            if (auto r = m_db.exec(QStringLiteral("DELETE FROM staff_import WHERE id = ?"),
                                   {result.logId});
                !r)
                return r.error();
        }
        if (!result.columnsKey.isEmpty())
            return SchoolRepository(m_db).restoreSetting(result.columnsKey, result.previousColumns);
        return Status::success();
    });
}

} // namespace idesk
