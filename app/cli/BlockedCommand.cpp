#include "BlockedCommand.h"

#include "application/AvailabilityUseCases.h"
#include "application/PeopleUseCases.h"
#include "io/SchoolDayCsv.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace idesk::cli {

void BlockedCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("add [REF] (everyone without REF), list, or remove ID"));
    parser.addOptions({
        {QStringLiteral("date"), tr("add: the day."), tr("DATE")},
        {QStringLiteral("from"), tr("add: the start, HH:MM."), tr("HH:MM")},
        {QStringLiteral("to"), tr("add: the end, HH:MM."), tr("HH:MM")},
        {QStringLiteral("reason"), tr("add: why, e.g. Mentor conference."), tr("TEXT")},
        {QStringLiteral("json"), tr("list: print JSON.")},
    });
}

int BlockedCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    AvailabilityUseCases availability(**ws);

    if (action == QLatin1String("add") && args.size() <= 2) {
        int exitCode = Success;
        const auto day =
            context.dateOption(parser, QStringLiteral("date"), true, name(), &exitCode);
        if (!day)
            return exitCode;
        BlockedTime b;
        b.day = *day;
        b.start = SchoolDayCsv::parseTime(parser.value(QStringLiteral("from")));
        b.end = SchoolDayCsv::parseTime(parser.value(QStringLiteral("to")));
        if (!b.start.isValid() || !b.end.isValid() || b.end <= b.start)
            return context.usage(tr("--from and --to must be HH:MM, the start before the end"),
                                 name());
        b.reason = parser.value(QStringLiteral("reason")).trimmed();
        QString who = tr("everyone");
        if (args.size() == 2) {
            const auto person = context.person(args.at(1));
            if (!person)
                return context.fail(person.error());
            b.personId = person->id;
            who = person->displayName();
        }
        if (const int exit = context.apply(availability.block(b)); exit != Success)
            return exit;
        context.out() << tr("Blocked %1 %2 to %3 for %4")
                             .arg(Dates::uk(b.day), b.start.toString(QStringLiteral("HH:mm")),
                                  b.end.toString(QStringLiteral("HH:mm")), who)
                      << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("remove") && args.size() == 2) {
        bool ok = false;
        const qint64 id = args.at(1).toLongLong(&ok);
        if (!ok)
            return context.usage(tr("expected: blocked remove ID"), name());
        auto all = availability.blockedTimes();
        if (!all)
            return context.fail(all.error());
        const auto found = std::find_if(all->cbegin(), all->cend(),
                                        [id](const BlockedTime &b) { return b.id == id; });
        if (found == all->cend())
            return context.fail(Error::notFound(tr("No blocked time has the id %1").arg(id)));
        if (const int exit = context.apply(availability.unblock(*found)); exit != Success)
            return exit;
        context.out() << tr("Removed blocked time %1").arg(id) << Qt::endl;
        return Success;
    }
    if (action != QLatin1String("list") || args.size() != 1)
        return context.usage(tr("expected: blocked add [REF], blocked list or blocked remove ID"),
                             name());
    auto list = availability.blockedTimes();
    if (!list)
        return context.fail(list.error());
    auto names = PeopleUseCases(**ws).displayNames();
    if (!names)
        return context.fail(names.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const BlockedTime &b : std::as_const(*list))
            out.append(QJsonObject{
                {QStringLiteral("id"), b.id},
                {QStringLiteral("person_id"),
                 b.personId > 0 ? QJsonValue(b.personId) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("date"), Dates::iso(b.day)},
                {QStringLiteral("from"), b.start.toString(QStringLiteral("HH:mm"))},
                {QStringLiteral("to"), b.end.toString(QStringLiteral("HH:mm"))},
                {QStringLiteral("reason"), b.reason}});
        context.printJson(out);
        return Success;
    }
    for (const BlockedTime &b : std::as_const(*list))
        context.out() << b.id << "  " << Dates::uk(b.day) << "  "
                      << b.start.toString(QStringLiteral("HH:mm")) << "-"
                      << b.end.toString(QStringLiteral("HH:mm")) << "  "
                      << (b.personId > 0 ? names->value(b.personId) : tr("everyone")) << "  "
                      << b.reason << '\n';
    context.out().flush();
    return Success;
}

} // namespace idesk::cli
