#include "InitCommand.h"

#include <QFileInfo>

namespace idesk::cli {

int InitCommand::run(CliContext &context, const QCommandLineParser &)
{
    const QFileInfo info(context.databasePath());
    if (info.exists() && info.size() > 0)
        return context.fail(Error::refused(
            tr("%1 already exists; init makes only new databases").arg(context.databasePath())));
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    context.out() << tr("Created an empty database: %1").arg(context.databasePath()) << Qt::endl;
    return Success;
}

} // namespace idesk::cli
