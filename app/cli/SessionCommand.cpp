#include "SessionCommand.h"

#include "application/SessionUseCases.h"
#include "domain/SessionRules.h"
#include "io/SchoolDayCsv.h"
#include "util/Dates.h"

namespace idesk::cli {

void SessionCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("held, not-held, cancel or missed"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The session id (schedule show)"));
    parser.addOptions({
        {QStringLiteral("date"), tr("held: the day it happened (default: as planned)."),
         tr("DATE")},
        {QStringLiteral("start"), tr("held: when it started, HH:MM (default: as planned)."),
         tr("HH:MM")},
        {QStringLiteral("minutes"), tr("held: how long it lasted (default: as planned)."), tr("N")},
        {QStringLiteral("note"), tr("A short developmental note (not an assessment of the ECT)."),
         tr("TEXT")},
        {QStringLiteral("reason"), tr("cancel: why (required)."), tr("TEXT")},
        {QStringLiteral("action-step"),
         tr("held (coaching): the one action step agreed (developmental, not assessment)."),
         tr("TEXT")},
        {QStringLiteral("previous-practised"),
         tr("held (coaching): whether the previous action step was practised: yes or no."),
         tr("yes|no")},
    });
}

int SessionCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (args.size() != 2 || !ok ||
        !QStringList{QStringLiteral("held"), QStringLiteral("not-held"), QStringLiteral("cancel"),
                     QStringLiteral("missed")}
             .contains(action))
        return context.usage(tr("expected: session held|not-held|cancel|missed ID"), name());
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    SessionUseCases sessions(**ws);
    auto session = sessions.session(id);
    if (!session)
        return context.fail(session.error());
    const QString note = parser.value(QStringLiteral("note"));
    Result<ChangePtr> change = Error::invalid({});
    std::optional<MentoringSession> previous;
    if (action == QLatin1String("held")) {
        HeldRequest request;
        request.sessionId = id;
        int exitCode = Success;
        if (parser.isSet(QStringLiteral("date"))) {
            const auto d =
                context.dateOption(parser, QStringLiteral("date"), true, name(), &exitCode);
            if (!d)
                return exitCode;
            request.day = *d;
        }
        if (parser.isSet(QStringLiteral("start"))) {
            request.start = SchoolDayCsv::parseTime(parser.value(QStringLiteral("start")));
            if (!request.start->isValid())
                return context.usage(tr("--start must be HH:MM"), name());
        }
        if (parser.isSet(QStringLiteral("minutes"))) {
            request.minutes = parser.value(QStringLiteral("minutes")).toInt(&ok);
            if (!ok || *request.minutes <= 0 || *request.minutes > SessionRules::kMaxMinutes)
                return context.usage(
                    tr("--minutes must be between 1 and %1").arg(SessionRules::kMaxMinutes),
                    name());
        }
        if (parser.isSet(QStringLiteral("note")))
            request.note = note;
        if ((parser.isSet(QStringLiteral("action-step")) ||
             parser.isSet(QStringLiteral("previous-practised"))) &&
            !SessionRules::takesActionSteps(*session))
            return context.usage(tr("--action-step and --previous-practised go with session "
                                    "held on a coaching meeting"),
                                 name());
        if (parser.isSet(QStringLiteral("previous-practised"))) {
            const QString v =
                parser.value(QStringLiteral("previous-practised")).trimmed().toLower();
            if (v != QLatin1String("yes") && v != QLatin1String("no"))
                return context.usage(tr("--previous-practised must be yes or no"), name());
            request.previousPractised = v == QLatin1String("yes");
        }
        if (parser.isSet(QStringLiteral("action-step")))
            request.actionStep = parser.value(QStringLiteral("action-step"));
        if (SessionRules::takesActionSteps(*session)) {
            auto p = sessions.previousActionStep(*session);
            if (!p)
                return context.fail(p.error());
            previous = *p;
        }
        change = sessions.markHeld(request);
    } else if (action == QLatin1String("not-held")) {
        change = sessions.markNotHeld(id);
    } else if (action == QLatin1String("cancel")) {
        if (!parser.isSet(QStringLiteral("reason")))
            return context.usage(tr("session cancel needs --reason: say why it is cancelled"),
                                 name());
        change = sessions.cancel(id, parser.value(QStringLiteral("reason")));
    } else {
        change = sessions.markMissed(id, note);
    }
    if (const int exit = context.apply(change); exit != Success)
        return exit;
    auto now = sessions.session(id);
    if (!now)
        return context.fail(now.error());
    if (previous)
        context.out() << tr("Previous action step (%1): %2")
                             .arg(Dates::uk(previous->day), previous->actionStep)
                      << '\n';
    const bool corrected = session->status == SessionStatus::Held;
    context.out() << (corrected ? tr("Session %1 on %2: %3 (the record was corrected)")
                                : tr("Session %1 on %2: %3"))
                         .arg(id)
                         .arg(Dates::uk(now->day), SessionStatuses::key(now->status))
                  << Qt::endl;
    return Success;
}

} // namespace idesk::cli
