#include "SchoolCommand.h"

#include "application/CalendarUseCases.h"
#include "io/SchoolDayCsv.h"
#include "util/Weekdays.h"

namespace idesk::cli {

void SchoolCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("contracted-time"));
    parser.addOptions({
        {QStringLiteral("from"), tr("Start of contracted time (HH:MM)."), tr("HH:MM")},
        {QStringLiteral("to"), tr("End of contracted time (HH:MM)."), tr("HH:MM")},
        {QStringLiteral("day"),
         tr("The day or days it applies to (Mon..Fri, Mon,Wed; default every weekday)."),
         tr("DAYS")},
    });
}

int SchoolCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments() != QStringList{QStringLiteral("contracted-time")})
        return context.usage(
            tr("expected: school contracted-time --from HH:MM --to HH:MM [--day Mon..Fri]"),
            name());
    const QTime from = SchoolDayCsv::parseTime(parser.value(QStringLiteral("from")));
    const QTime to = SchoolDayCsv::parseTime(parser.value(QStringLiteral("to")));
    if (!from.isValid() || !to.isValid())
        return context.usage(tr("--from and --to need times as HH:MM"), name());
    QList<int> days{1, 2, 3, 4, 5};
    if (parser.isSet(QStringLiteral("day"))) {
        const auto parsed = parseWeekdays(parser.value(QStringLiteral("day")));
        if (!parsed)
            return context.usage(tr("--day \"%1\" is not a day or days of the week")
                                     .arg(parser.value(QStringLiteral("day"))),
                                 name());
        days = *parsed;
    }
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    if (const int exit = context.apply(CalendarUseCases(**ws).setContractedTime(days, {from, to}));
        exit != Success)
        return exit;
    QStringList names;
    for (int d : days)
        names.append(weekdayName(d));
    context.out() << tr("Contracted time %1 to %2 on %3")
                         .arg(from.toString(QStringLiteral("HH:mm")),
                              to.toString(QStringLiteral("HH:mm")),
                              names.join(QStringLiteral(", ")))
                  << Qt::endl;
    return Success;
}

} // namespace idesk::cli
