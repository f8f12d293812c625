#include "CheckCommand.h"

#include "application/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace idesk::cli {

void CheckCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON: ok, problems.")});
}

int CheckCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    auto problems = (*ws)->checkIntegrity();
    QStringList found = problems ? *problems : QStringList{problems.error().message};
    if (found.isEmpty() && !(*ws)->damage().isEmpty())
        found.append((*ws)->damage());
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(
            QJsonObject{{QStringLiteral("ok"), found.isEmpty()},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(found)}});
    } else if (found.isEmpty()) {
        context.out() << tr("%1: no damage found.").arg(context.databasePath()) << Qt::endl;
    } else {
        context.err() << tr("%1 is damaged:").arg(context.databasePath()) << '\n';
        for (const QString &p : std::as_const(found))
            context.err() << "  " << p << '\n';
        context.err() << tr("Restore it from a backup; nothing has been changed in it.")
                      << Qt::endl;
    }
    return found.isEmpty() ? Success : Refused;
}

} // namespace idesk::cli
