#include "DemoCommand.h"

#include "application/DemoUseCases.h"

namespace idesk::cli {

int DemoCommand::run(CliContext &context, const QCommandLineParser &)
{
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    // The demo school goes only into an empty database.
    auto made = DemoUseCases(**ws).create(false);
    if (!made)
        return context.fail(made.error());
    context.out() << tr("Created the demo school %1 with %2 staff in %3")
                         .arg(made->school)
                         .arg(made->staff)
                         .arg(context.databasePath())
                  << Qt::endl;
    context.out()
        << tr("Files to try the imports on: %1").arg(made->samples.join(QStringLiteral(", ")))
        << Qt::endl;
    return Success;
}

} // namespace idesk::cli
