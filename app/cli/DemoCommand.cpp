#include "DemoCommand.h"

#include "demo/DemoSamples.h"
#include "demo/DemoSchool.h"
#include "storage/PersonRepository.h"
#include "storage/SchoolRepository.h"

#include <QFileInfo>

namespace idesk::cli {

int DemoCommand::run(CliContext &context, const QCommandLineParser &)
{
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    if (auto s = DemoSchool::populate(**db, context.clock()); !s)
        return context.fail(s.error());
    const auto school = SchoolRepository(**db).school();
    const auto count = PersonRepository(**db).count();
    context.out() << tr("Created the demo school %1 with %2 staff in %3")
                         .arg(school ? school->name : QString())
                         .arg(count ? *count : 0)
                         .arg(context.databasePath())
                  << Qt::endl;
    // Files to try the imports on, beside the database.
    const QString folder =
        QFileInfo(context.databasePath()).absolutePath() + QStringLiteral("/demo-samples");
    auto samples = DemoSamples::write(**db, folder, context.clock());
    if (!samples)
        return context.fail(samples.error());
    context.out() << tr("Files to try the imports on: %1").arg(samples->join(QStringLiteral(", ")))
                  << Qt::endl;
    return Success;
}

} // namespace idesk::cli
