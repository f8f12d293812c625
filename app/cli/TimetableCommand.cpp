#include "TimetableCommand.h"

#include "TextTable.h"
#include "application/CalendarUseCases.h"
#include "util/Weekdays.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace idesk::cli {

void TimetableCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("import FILE (CSV: Staff Code, Week, Day, Period, Activity[, Class]), or show REF"));
    parser.addOptions({
        {QStringLiteral("dry-run"), tr("import: check the file; save nothing.")},
        {QStringLiteral("json"), tr("show: print JSON.")},
    });
}

int TimetableCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() == 2 && args.first() == QLatin1String("import"))
        return import(context, parser, args.at(1));
    if (args.size() == 2 && args.first() == QLatin1String("show"))
        return show(context, parser, args.at(1));
    return context.usage(tr("expected: timetable import FILE, or timetable show REF"), name());
}

int TimetableCommand::import(CliContext &context, const QCommandLineParser &parser,
                             const QString &file)
{
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    CalendarUseCases calendar(**ws);
    QStringList problems;
    auto imported = calendar.readTimetables(file, &problems);
    if (!imported)
        return context.fail(imported.error());
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    // The dry run asks the same change what it would do, and writes nothing.
    auto change = calendar.importTimetables(*imported, QFileInfo(file).fileName());
    if (!change)
        return context.fail(change.error());
    if (auto s = dryRun ? (*ws)->check(**change) : (*ws)->apply(**change); !s)
        return context.fail(s.error());
    context.out() << tr("%1: %2 timetable entries for %3 people, %4-week cycle")
                         .arg(QFileInfo(file).fileName())
                         .arg(imported->entries.size())
                         .arg(imported->people)
                         .arg(imported->cycleWeeks)
                  << '\n'
                  << (dryRun ? tr("Dry run: nothing was saved.") : tr("Saved.")) << Qt::endl;
    return Success;
}

int TimetableCommand::show(CliContext &context, const QCommandLineParser &parser,
                           const QString &ref)
{
    const auto person = context.person(ref);
    if (!person)
        return context.fail(person.error());
    auto opened = context.workspace();
    if (!opened)
        return context.fail(opened.error());
    CalendarUseCases calendar(**opened);
    auto day = calendar.schoolDay();
    if (!day)
        return context.fail(day.error());
    auto timetable = calendar.timetable();
    if (!timetable)
        return context.fail(timetable.error());
    const auto weekLabel = [](int w) {
        return w == 0 ? QStringLiteral("A") : QStringLiteral("B");
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray entries;
        for (int w = 0; w < timetable->cycleWeeks(); ++w) {
            for (int d = 1; d <= 5; ++d) {
                for (const auto &p : day->periods()) {
                    const TimetableEntry *e = timetable->entry(person->id, w, d, p.id);
                    entries.append(QJsonObject{
                        {QStringLiteral("week"), weekLabel(w)},
                        {QStringLiteral("day"), weekdayName(d)},
                        {QStringLiteral("period"), p.name},
                        {QStringLiteral("start"), p.start.toString(QStringLiteral("HH:mm"))},
                        {QStringLiteral("end"), p.end.toString(QStringLiteral("HH:mm"))},
                        {QStringLiteral("activity"),
                         Activities::key(e ? e->activity : Activity::Free)},
                        {QStringLiteral("class"), e ? e->classLabel : QString()}});
                }
            }
        }
        context.printJson(QJsonObject{{QStringLiteral("person_id"), person->id},
                                      {QStringLiteral("name"), person->displayName()},
                                      {QStringLiteral("cycle_weeks"), timetable->cycleWeeks()},
                                      {QStringLiteral("entries"), entries}});
        return Success;
    }
    QTextStream &out = context.out();
    if (day->isEmpty()) {
        out << tr("No school day yet: import one with 'school-day import FILE'.") << Qt::endl;
        return Success;
    }
    for (int w = 0; w < timetable->cycleWeeks(); ++w) {
        out << (timetable->cycleWeeks() == 2
                    ? tr("%1, week %2").arg(person->displayName(), weekLabel(w))
                    : person->displayName())
            << '\n';
        QStringList header{tr("Period")};
        for (int d = 1; d <= 5; ++d)
            header.append(weekdayName(d));
        TextTable table(header);
        for (const auto &p : day->periods()) {
            QStringList row{p.name};
            for (int d = 1; d <= 5; ++d) {
                const TimetableEntry *e = timetable->entry(person->id, w, d, p.id);
                const Activity a = e ? e->activity : Activity::Free;
                row.append(a == Activity::Teaching && !e->classLabel.isEmpty()
                               ? e->classLabel
                               : Activities::displayName(a));
            }
            table.addRow(row);
        }
        table.print(out);
        out << '\n';
    }
    out.flush();
    return Success;
}

} // namespace idesk::cli
