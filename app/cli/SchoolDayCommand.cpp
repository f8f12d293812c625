#include "SchoolDayCommand.h"

#include "TextTable.h"
#include "application/CalendarUseCases.h"
#include "io/CsvReader.h"
#include "io/SchoolDayCsv.h"

#include <QFileInfo>

#include <QJsonArray>
#include <QJsonObject>

namespace idesk::cli {

void SchoolDayCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("import FILE (CSV: Period, Start, End, Kind) or show"));
    parser.addOption({QStringLiteral("json"), tr("show: print JSON.")});
}

int SchoolDayCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const bool import = args.size() == 2 && args.first() == QLatin1String("import");
    const bool show = args.size() == 1 && args.first() == QLatin1String("show");
    if (!import && !show)
        return context.usage(tr("expected: school-day import FILE, or school-day show"), name());
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    CalendarUseCases calendar(**ws);
    if (import) {
        QStringList problems;
        auto periods = CalendarUseCases::readSchoolDay(args.at(1), &problems);
        if (!periods)
            return context.fail(periods.error());
        if (const int exit = context.apply(calendar.setSchoolDay(*periods)); exit != Success)
            return exit;
        int lessons = 0;
        for (const auto &p : *periods)
            lessons += p.kind == PeriodKind::Lesson ? 1 : 0;
        context.out() << tr("Imported %1 periods (%2 lessons) from %3")
                             .arg(periods->size())
                             .arg(lessons)
                             .arg(QFileInfo(args.at(1)).fileName())
                      << Qt::endl;
        return Success;
    }
    auto day = calendar.schoolDay();
    if (!day)
        return context.fail(day.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &p : day->periods()) {
            array.append(
                QJsonObject{{QStringLiteral("id"), p.id},
                            {QStringLiteral("name"), p.name},
                            {QStringLiteral("start"), p.start.toString(QStringLiteral("HH:mm"))},
                            {QStringLiteral("end"), p.end.toString(QStringLiteral("HH:mm"))},
                            {QStringLiteral("kind"), PeriodKinds::key(p.kind)}});
        }
        context.printJson(array);
        return Success;
    }
    if (day->isEmpty()) {
        context.out() << tr("No school day yet: import one with 'school-day import FILE'.")
                      << Qt::endl;
        return Success;
    }
    TextTable table({tr("Period"), tr("Start"), tr("End"), tr("Kind")});
    for (const auto &p : day->periods())
        table.addRow({p.name, p.start.toString(QStringLiteral("HH:mm")),
                      p.end.toString(QStringLiteral("HH:mm")), PeriodKinds::key(p.kind)});
    table.print(context.out());
    return Success;
}

} // namespace idesk::cli
