#include "ImportStaffCommand.h"

#include "application/StaffImportUseCases.h"
#include "services/StaffMerge.h"

#include <QJsonArray>
#include <QJsonObject>

namespace idesk::cli {

void ImportStaffCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The staff list: .csv or .xlsx"));
    parser.addOptions({
        {QStringLiteral("sheet"), tr("The workbook's sheet to read (default: the first)."),
         tr("NAME")},
        {QStringLiteral("dry-run"), tr("Check and show what would change; save nothing.")},
        {QStringLiteral("json"), tr("Print JSON.")},
    });
}

int ImportStaffCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usage(tr("expected: import-staff FILE"), name());
    auto table = StaffImportUseCases::load(args.first(), parser.value(QStringLiteral("sheet")));
    if (!table)
        return context.fail(table.error());
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    StaffImportUseCases service(**ws);
    auto columns = service.columnsFor(*table);
    if (!columns)
        return context.fail(columns.error());
    auto plan = service.prepare(*table, *columns);
    if (!plan)
        return context.fail(plan.error());
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool json = parser.isSet(QStringLiteral("json"));
    bool saved = false;
    if (plan->ok() && !dryRun) {
        if (const int exit = context.apply(service.apply(*plan, {}, context.clock().today()));
            exit != Success)
            return exit;
        saved = true;
    }

    const CsvTable &t = plan->list.table;
    QJsonArray errors, added, updated, missing;
    for (const auto &p : plan->problems())
        errors.append(QJsonObject{{QStringLiteral("file"), p.file},
                                  {QStringLiteral("row"), p.row},
                                  {QStringLiteral("column"), p.column},
                                  {QStringLiteral("message"), p.message}});
    int unchanged = 0;
    for (const auto &c : plan->changes) {
        const QJsonObject person{{QStringLiteral("row"), c.row},
                                 {QStringLiteral("name"), c.after.fullName()},
                                 {QStringLiteral("staff_code"), c.after.staffCode},
                                 {QStringLiteral("trn"), c.after.trn},
                                 {QStringLiteral("email"), c.after.email}};
        if (c.kind == StaffChange::New) {
            added.append(person);
        } else if (c.kind == StaffChange::Updated) {
            QJsonArray changes;
            for (const auto &f : c.changes)
                changes.append(QJsonObject{{QStringLiteral("field"), StaffColumns::key(f.field)},
                                           {QStringLiteral("old"), f.before},
                                           {QStringLiteral("new"), f.after}});
            QJsonObject o = person;
            o.insert(QStringLiteral("person_id"), c.before.id);
            o.insert(QStringLiteral("matched_by"), c.matchedBy);
            o.insert(QStringLiteral("changes"), changes);
            updated.append(o);
        } else {
            ++unchanged;
        }
    }
    for (const auto &p : plan->missing)
        missing.append(QJsonObject{{QStringLiteral("person_id"), p.id},
                                   {QStringLiteral("name"), p.fullName()},
                                   {QStringLiteral("staff_code"), p.staffCode}});
    QJsonObject mapped;
    for (StaffField f : StaffColumns::allFields()) {
        if (plan->list.columns.has(f))
            mapped.insert(StaffColumns::key(f), t.header.value(plan->list.columns.column(f)));
    }
    if (json) {
        context.printJson(QJsonObject{
            {QStringLiteral("file"), t.fileName},
            {QStringLiteral("format"),
             t.encoding == QLatin1String("XLSX") ? QStringLiteral("xlsx") : QStringLiteral("csv")},
            {QStringLiteral("encoding"),
             t.encoding == QLatin1String("XLSX") ? QString() : t.encoding},
            {QStringLiteral("separator"), t.separator.isNull() ? QString() : QString(t.separator)},
            {QStringLiteral("sheet"), t.sheet},
            {QStringLiteral("header_row"), t.headerRow},
            {QStringLiteral("columns"), mapped},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("new"), added},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("not_in_file"), missing},
            {QStringLiteral("saved"), saved}});
        return plan->ok() ? Success : Refused;
    }
    if (!plan->ok()) {
        for (const auto &p : plan->problems())
            context.err() << p.text() << '\n';
        context.err() << tr("%1: %n problem(s); nothing was imported.", nullptr,
                            int(plan->problems().size()))
                             .arg(t.fileName)
                      << Qt::endl;
        return Refused;
    }
    QTextStream &out = context.out();
    const QString how =
        t.encoding == QLatin1String("XLSX")
            ? tr("sheet %1").arg(t.sheet)
            : tr("%1, separated by %2")
                  .arg(t.encoding, t.separator == QLatin1Char('\t')  ? tr("tabs")
                                   : t.separator == QLatin1Char(';') ? tr("semicolons")
                                                                     : tr("commas"));
    out << tr("%1 (%2, header on row %3)").arg(t.fileName, how).arg(t.headerRow) << '\n';
    out << tr("New: %1").arg(added.size()) << '\n';
    for (const auto &c : plan->changes) {
        if (c.kind == StaffChange::New)
            out << "  " << tr("row %1: %2").arg(c.row).arg(c.after.displayName()) << '\n';
    }
    out << tr("Updated: %1").arg(updated.size()) << '\n';
    for (const auto &c : plan->changes) {
        if (c.kind != StaffChange::Updated)
            continue;
        out << "  "
            << tr("row %1: %2 (matched by %3)").arg(c.row).arg(c.before.displayName(), c.matchedBy)
            << '\n';
        for (const auto &f : c.changes)
            out << "    " << StaffColumns::displayName(f.field) << ": "
                << (f.before.isEmpty() ? tr("(empty)") : f.before) << " -> "
                << (f.after.isEmpty() ? tr("(empty)") : f.after) << '\n';
    }
    out << tr("Unchanged: %1").arg(unchanged) << '\n';
    if (!plan->missing.isEmpty()) {
        out << tr("Not in the file but still employed here (mark them as left in the app if they "
                  "have gone): %1")
                   .arg(plan->missing.size())
            << '\n';
        for (const auto &p : plan->missing)
            out << "  " << p.displayName() << '\n';
    }
    out << (saved ? tr("Saved.") : tr("Dry run: nothing was saved.")) << Qt::endl;
    return Success;
}

} // namespace idesk::cli
