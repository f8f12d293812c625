#include "RoleCommand.h"

#include "application/PeopleUseCases.h"
#include "util/Dates.h"

namespace idesk::cli {

void RoleCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("add or end"));
    parser.addPositionalArgument(QStringLiteral("ref"), tr("The person (TRN, staff code or id)"));
    parser.addPositionalArgument(
        QStringLiteral("role"),
        tr("ect, trainee, ect-mentor, itt-general-mentor, itt-lead-mentor, induction-tutor or "
           "headteacher"));
    parser.addOptions({
        {QStringLiteral("from"), tr("First day in the role (default: today)."), tr("DATE")},
        {QStringLiteral("to"), tr("Last day in the role (default for end: today)."), tr("DATE")},
    });
}

int RoleCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return context.usage(tr("expected: role add|end REF ROLE"), name());
    const QString action = args.at(0);
    if (action != QLatin1String("add") && action != QLatin1String("end"))
        return context.usage(tr("unknown action \"%1\" (use add or end)").arg(action), name());
    const auto role = Roles::fromKey(args.at(2));
    if (!role)
        return context.usage(tr("unknown role \"%1\"").arg(args.at(2)), name());
    int exit = Success;
    const auto from = context.dateOption(parser, QStringLiteral("from"), false, name(), &exit);
    const auto to = context.dateOption(parser, QStringLiteral("to"), false, name(), &exit);
    if (exit != Success)
        return exit;

    const auto person = context.person(args.at(1));
    if (!person)
        return context.fail(person.error());
    auto opened = context.workspace();
    if (!opened)
        return context.fail(opened.error());
    PeopleUseCases people(**opened);
    const QDate today = context.clock().today();
    if (action == QLatin1String("add")) {
        if (const int applied = context.apply(
                people.addRole(person->id, *role, {from.value_or(today), to.value_or(QDate())}));
            applied != Success)
            return applied;
        context.out() << tr("%1 is %2 from %3")
                             .arg(person->displayName(), Roles::displayName(*role),
                                  Dates::uk(from.value_or(today)))
                      << Qt::endl;
        return Success;
    }
    const QDate end = to.value_or(today);
    if (const int applied = context.apply(people.endRole(person->id, *role, end));
        applied != Success)
        return applied;
    context.out() << tr("%1 is no longer %2 after %3")
                         .arg(person->displayName(), Roles::displayName(*role), Dates::uk(end))
                  << Qt::endl;
    return Success;
}

} // namespace idesk::cli
