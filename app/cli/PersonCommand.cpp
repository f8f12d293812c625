#include "PersonCommand.h"

#include "application/PeopleUseCases.h"
#include "io/SchoolDayCsv.h"
#include "util/Weekdays.h"

namespace idesk::cli {

void PersonCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("working-pattern"));
    parser.addPositionalArgument(QStringLiteral("ref"), tr("The person (TRN, staff code or id)"));
    parser.addOptions({
        {QStringLiteral("days"), tr("Working days, e.g. Mon,Tue,Wed or Mon..Wed."), tr("DAYS")},
        {QStringLiteral("from"),
         tr("Start of their hours, when narrower than the school's (HH:MM)."), tr("HH:MM")},
        {QStringLiteral("to"), tr("End of their hours (HH:MM)."), tr("HH:MM")},
    });
}

int PersonCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || args.first() != QLatin1String("working-pattern"))
        return context.usage(
            tr("expected: person working-pattern REF --days Mon,Tue,... [--from HH:MM --to HH:MM]"),
            name());
    if (!parser.isSet(QStringLiteral("days")))
        return context.usage(tr("--days is required"), name());
    const auto days = parseWeekdays(parser.value(QStringLiteral("days")));
    if (!days)
        return context.usage(
            tr("--days \"%1\" is not a list of days").arg(parser.value(QStringLiteral("days"))),
            name());
    WorkSchedule pattern;
    for (int d : *days)
        pattern.weekdays.insert(d);
    if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))) {
        const TimeWindow hours{SchoolDayCsv::parseTime(parser.value(QStringLiteral("from"))),
                               SchoolDayCsv::parseTime(parser.value(QStringLiteral("to")))};
        if (!hours.start.isValid() || !hours.end.isValid())
            return context.usage(tr("--from and --to go together, as HH:MM"), name());
        pattern.hours = hours;
    }
    const auto person = context.person(args.at(1));
    if (!person)
        return context.fail(person.error());
    auto opened = context.workspace();
    if (!opened)
        return context.fail(opened.error());
    Workspace &ws = **opened;
    if (const int exit = context.apply(PeopleUseCases(ws).setWorkingPattern(person->id, pattern));
        exit != Success)
        return exit;
    QStringList names;
    for (int d : *days)
        names.append(weekdayName(d));
    context.out() << tr("%1 works %2").arg(person->displayName(), names.join(QStringLiteral(", ")));
    if (pattern.hours)
        context.out() << tr(", %1 to %2")
                             .arg(pattern.hours->start.toString(QStringLiteral("HH:mm")),
                                  pattern.hours->end.toString(QStringLiteral("HH:mm")));
    context.out() << Qt::endl;
    return Success;
}

} // namespace idesk::cli
