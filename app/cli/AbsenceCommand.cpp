#include "AbsenceCommand.h"

#include "application/AvailabilityUseCases.h"
#include "compliance/FlagEngine.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace idesk::cli {

namespace {
QStringList kinds()
{
    return QStringList{QStringLiteral("sickness"), QStringLiteral("training"),
                       QStringLiteral("other")} +
           FlagEngine::excludedAbsenceKinds();
}
} // namespace

void AbsenceCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("add REF, or list [REF]"));
    parser.addOptions({
        {QStringLiteral("from"), tr("add: first day absent."), tr("DATE")},
        {QStringLiteral("to"), tr("add: last day absent."), tr("DATE")},
        {QStringLiteral("type"),
         tr("add: %1. Statutory family leave does not count towards the 30-day rule.")
             .arg(kinds().join(QStringLiteral(", "))),
         tr("TYPE")},
        {QStringLiteral("json"), tr("list: print JSON.")},
    });
}

int AbsenceCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.value(0) == QLatin1String("add") && args.size() == 2) {
        int exitCode = Success;
        const auto from =
            context.dateOption(parser, QStringLiteral("from"), true, name(), &exitCode);
        if (!from)
            return exitCode;
        const auto to = context.dateOption(parser, QStringLiteral("to"), true, name(), &exitCode);
        if (!to)
            return exitCode;
        const QString type = parser.value(QStringLiteral("type")).trimmed().toLower();
        if (!kinds().contains(type))
            return context.usage(
                tr("--type must be one of %1").arg(kinds().join(QStringLiteral(", "))), name());
        const auto person = context.person(args.at(1));
        if (!person)
            return context.fail(person.error());
        auto opened = context.workspace();
        if (!opened)
            return context.fail(opened.error());
        Workspace &ws = **opened;
        if (const int exit = context.apply(
                AvailabilityUseCases(ws).addAbsence({0, person->id, {*from, *to}, type}));
            exit != Success)
            return exit;
        context.out() << tr("%1 absent %2 to %3 (%4)")
                             .arg(person->displayName(), Dates::uk(*from), Dates::uk(*to), type)
                      << Qt::endl;
        return Success;
    }
    if (args.value(0) != QLatin1String("list") || args.size() > 2)
        return context.usage(tr("expected: absence add REF --from --to --type, or absence list"),
                             name());
    qint64 only = 0;
    if (args.size() == 2) {
        const auto person = context.person(args.at(1));
        if (!person)
            return context.fail(person.error());
        only = person->id;
    }
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    auto absences = AvailabilityUseCases(**ws).absences();
    if (!absences)
        return context.fail(absences.error());
    QJsonArray list;
    for (const Absence &a : std::as_const(*absences)) {
        if (only && a.personId != only)
            continue;
        list.append(QJsonObject{{QStringLiteral("id"), a.id},
                                {QStringLiteral("person_id"), a.personId},
                                {QStringLiteral("from"), Dates::iso(a.period.from)},
                                {QStringLiteral("to"), Dates::iso(a.period.to)},
                                {QStringLiteral("type"), a.kind}});
        if (!parser.isSet(QStringLiteral("json")))
            context.out() << a.personId << ' ' << Dates::uk(a.period.from) << " - "
                          << Dates::uk(a.period.to) << ' ' << a.kind << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(list);
    context.out().flush();
    return Success;
}

} // namespace idesk::cli
