#include "FlagsCommand.h"

#include "application/ReportUseCases.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace idesk::cli {

void FlagsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("from"), tr("First day (default: the start of the academic year)."),
         tr("DATE")},
        {QStringLiteral("to"), tr("Last day (default: today)."), tr("DATE")},
        {QStringLiteral("json"), tr("Print JSON.")},
    });
}

int FlagsCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QDate today = context.clock().today();
    int exitCode = Success;
    QDate from = Dates::academicYearStart(today), to = today;
    if (parser.isSet(QStringLiteral("from"))) {
        const auto d = context.dateOption(parser, QStringLiteral("from"), true, name(), &exitCode);
        if (!d)
            return exitCode;
        from = *d;
    }
    if (parser.isSet(QStringLiteral("to"))) {
        const auto d = context.dateOption(parser, QStringLiteral("to"), true, name(), &exitCode);
        if (!d)
            return exitCode;
        to = *d;
    }
    if (to < from)
        return context.usage(tr("--to is before --from"), name());
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    auto flags = ReportUseCases(**ws).flags({from, to});
    if (!flags)
        return context.fail(flags.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Flag &f : std::as_const(*flags))
            list.append(QJsonObject{{QStringLiteral("kind"), Flag::kindKey(f.kind)},
                                    {QStringLiteral("severity"), Flag::severityKey(f.severity)},
                                    {QStringLiteral("pairing_id"), f.pairingId},
                                    {QStringLiteral("mentee_id"), f.menteeId},
                                    {QStringLiteral("mentor_id"), f.mentorId},
                                    {QStringLiteral("session_id"), f.sessionId},
                                    {QStringLiteral("week"), Dates::iso(f.week)},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("action"), f.action}});
        context.printJson(list);
        return Success;
    }
    QTextStream &out = context.out();
    for (const Flag &f : std::as_const(*flags))
        out << (f.severity == FlagSeverity::Red ? tr("RED  ") : tr("AMBER")) << ' ' << f.message
            << "\n      " << f.action << '\n';
    out << tr("%n flag(s), %1 to %2.", nullptr, int(flags->size()))
               .arg(Dates::uk(from), Dates::uk(to))
        << Qt::endl;
    return Success;
}

} // namespace idesk::cli
