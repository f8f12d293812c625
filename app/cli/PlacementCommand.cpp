#include "PlacementCommand.h"

#include "application/PeopleUseCases.h"
#include "util/Dates.h"

namespace idesk::cli {

void PlacementCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("add"));
    parser.addOptions({
        {QStringLiteral("trainee"), tr("The trainee (TRN, staff code or id)."), tr("REF")},
        {QStringLiteral("from"), tr("First day of the placement."), tr("DATE")},
        {QStringLiteral("to"), tr("Last day of the placement."), tr("DATE")},
        {QStringLiteral("provider"), tr("The ITT provider."), tr("NAME")},
    });
}

int PlacementCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args != QStringList{QStringLiteral("add")})
        return context.usage(tr("expected: placement add --trainee REF --from DATE --to DATE "
                                "--provider NAME"),
                             name());
    for (const char *required : {"trainee", "provider"}) {
        if (!parser.isSet(QLatin1String(required)))
            return context.usage(tr("--%1 is required").arg(QLatin1String(required)), name());
    }
    int exit = Success;
    const auto from = context.dateOption(parser, QStringLiteral("from"), true, name(), &exit);
    if (!from)
        return exit;
    const auto to = context.dateOption(parser, QStringLiteral("to"), true, name(), &exit);
    if (!to)
        return exit;

    const auto person = context.person(parser.value(QStringLiteral("trainee")));
    if (!person)
        return context.fail(person.error());
    auto opened = context.workspace();
    if (!opened)
        return context.fail(opened.error());
    Workspace &ws = **opened;
    Placement placement;
    placement.personId = person->id;
    placement.provider = parser.value(QStringLiteral("provider"));
    placement.period = {*from, *to};
    auto change = PeopleUseCases(ws).addPlacement(placement);
    if (const int applied = context.apply(change); applied != Success)
        return applied;
    const qint64 id = (*change)->madeId();
    context.out() << tr("Placement %1 recorded for %2 with %3, %4 to %5")
                         .arg(id)
                         .arg(person->displayName(), placement.provider, Dates::uk(*from),
                              Dates::uk(*to))
                  << Qt::endl;
    return Success;
}

} // namespace idesk::cli
