#include "DemoCommand.h"

#include "demo/DemoSchool.h"
#include "storage/PersonRepository.h"
#include "storage/SchoolRepository.h"

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
    return Success;
}

} // namespace idesk::cli
