#include "PeopleCommand.h"

#include "CliJson.h"
#include "TextTable.h"
#include "application/PeopleUseCases.h"

#include <QJsonArray>

namespace idesk::cli {

void PeopleCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
}

int PeopleCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    auto people = PeopleUseCases(**ws).all();
    if (!people)
        return context.fail(people.error());
    auto held = PeopleUseCases(**ws).rolesHeldOn(context.clock().today());
    if (!held)
        return context.fail(held.error());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &p : *people)
            array.append(personJson(p, held->value(p.id)));
        context.printJson(array);
        return Success;
    }
    TextTable table({tr("ID"), tr("Code"), tr("Name"), tr("TRN"), tr("QTS"), tr("Roles")});
    for (const auto &p : *people) {
        QStringList roles;
        for (const auto r : held->value(p.id))
            roles.append(Roles::key(r));
        table.addRow({QString::number(p.id), p.staffCode, p.displayName(), p.trn,
                      p.qts ? tr("yes") : tr("no"), roles.join(QStringLiteral(", "))});
    }
    table.print(context.out());
    return Success;
}

} // namespace idesk::cli
