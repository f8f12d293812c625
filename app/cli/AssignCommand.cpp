#include "AssignCommand.h"

#include "CliJson.h"
#include "application/PairingUseCases.h"
#include "application/PeopleUseCases.h"
#include "util/Dates.h"

#include <QJsonArray>

namespace idesk::cli {

void AssignCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("mentor"), tr("The mentor (TRN, staff code or id)."), tr("REF")},
        {QStringLiteral("mentee"), tr("The ECT or trainee (TRN, staff code or id)."), tr("REF")},
        {QStringLiteral("kind"), tr("ect or itt."), tr("KIND")},
        {QStringLiteral("from"), tr("First day of the pairing (YYYY-MM-DD)."), tr("DATE")},
        {QStringLiteral("to"), tr("Last day, if already known."), tr("DATE")},
        {QStringLiteral("acknowledge"),
         tr("Go ahead despite these warnings, recording that you did: no-qts, "
            "induction-tutor, capacity (comma-separated)."),
         tr("LIST")},
        {QStringLiteral("replace"),
         tr("Replace the mentee's current mentor of this kind; the old pairing ends the day "
            "before --from and stays in the history.")},
        {QStringLiteral("reason"), tr("Why the mentor changed (with --replace)."), tr("TEXT")},
        {QStringLiteral("keep-sessions"),
         tr("With --replace: leave the planned sessions from the change on with the old mentor "
            "(by default they move to the new mentor, re-planned around their timetable).")},
        {QStringLiteral("json"), tr("Print the result as JSON.")},
    });
}

int AssignCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    int exit = Success;
    for (const char *required : {"mentor", "mentee", "kind"}) {
        if (!parser.isSet(QLatin1String(required)))
            return context.usage(tr("--%1 is required").arg(QLatin1String(required)), name());
    }
    const auto kind = PairingKinds::fromKey(parser.value(QStringLiteral("kind")));
    if (!kind)
        return context.usage(tr("--kind must be ect or itt"), name());
    const auto from = context.dateOption(parser, QStringLiteral("from"), true, name(), &exit);
    if (!from)
        return exit;
    const auto to = context.dateOption(parser, QStringLiteral("to"), false, name(), &exit);
    if (exit != Success)
        return exit;

    AssignmentRequest request;
    request.kind = *kind;
    request.period = {*from, to.value_or(QDate())};
    request.replacementReason = parser.value(QStringLiteral("reason"));
    request.moveFutureSessions = !parser.isSet(QStringLiteral("keep-sessions"));
    if (parser.isSet(QStringLiteral("keep-sessions")) && !parser.isSet(QStringLiteral("replace")))
        return context.usage(tr("--keep-sessions goes with --replace"), name());
    const QStringList acks =
        parser.value(QStringLiteral("acknowledge")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const auto &key : acks) {
        const auto w = AssignmentWarnings::fromKey(key);
        if (!w)
            return context.usage(tr("--acknowledge: unknown warning \"%1\" (use no-qts, "
                                    "induction-tutor or capacity)")
                                     .arg(key.trimmed()),
                                 name());
        request.acknowledged.append(*w);
    }

    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    PeopleUseCases resolver(**ws);
    const auto mentor = resolver.resolve(parser.value(QStringLiteral("mentor")));
    if (!mentor)
        return context.fail(mentor.error());
    const auto mentee = resolver.resolve(parser.value(QStringLiteral("mentee")));
    if (!mentee)
        return context.fail(mentee.error());
    request.mentorId = mentor->id;
    request.menteeId = mentee->id;

    PairingUseCases service(**ws);
    if (parser.isSet(QStringLiteral("replace"))) {
        // The pairing to replace is the one running on the day before the change.
        auto current = service.currentPairing(mentee->id, *kind, from->addDays(-1));
        if (!current)
            return context.fail(current.error());
        if (!current->has_value())
            return context.fail(
                Error::refused(tr("%1 has no %2 mentor on %3 to replace")
                                   .arg(mentee->displayName(), PairingKinds::key(*kind),
                                        Dates::uk(from->addDays(-1)))));
        request.replacingId = (*current)->id;
    }

    auto check = service.preview(request);
    if (!check)
        return context.fail(check.error());
    const bool json = parser.isSet(QStringLiteral("json"));
    QTextStream &warningStream = check->canSave() && !json ? context.out() : context.err();
    QJsonArray warnings;
    for (const auto &w : check->warnings) {
        const QString key = AssignmentWarnings::key(w.warning);
        warningStream << (w.acknowledged ? tr("Warning [%1, acknowledged]: %2")
                                         : tr("Warning [%1]: %2"))
                             .arg(key, w.message)
                      << Qt::endl;
        warnings.append(QJsonObject{{QStringLiteral("code"), key},
                                    {QStringLiteral("message"), w.message},
                                    {QStringLiteral("acknowledged"), w.acknowledged}});
    }
    if (check->isRefused()) {
        for (const auto &r : check->refusals)
            context.err() << tr("Refused: %1").arg(r) << Qt::endl;
        return Refused;
    }
    if (const auto missing = check->unacknowledged(); !missing.isEmpty()) {
        QStringList keys;
        for (const auto w : missing)
            keys.append(AssignmentWarnings::key(w));
        context.err() << tr("Refused: not saved. Check each warning and, to go ahead, add "
                            "--acknowledge %1")
                             .arg(keys.join(QLatin1Char(',')))
                      << Qt::endl;
        return Refused;
    }

    auto change = service.assign(request);
    if (!change)
        return context.fail(change.error());
    if (auto s = (*ws)->apply(**change); !s)
        return context.fail(s.error());
    const AssignmentOutcome *outcome = &(*change)->outcome();
    if (json) {
        context.printJson(QJsonObject{
            {QStringLiteral("pairing"), pairingJson(outcome->assignment)},
            {QStringLiteral("warnings"), warnings},
            {QStringLiteral("replaced"), outcome->closedPairingId > 0
                                             ? QJsonValue(outcome->closedPairingId)
                                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("sessions_moved"), outcome->sessionsTakenOver.size()},
            {QStringLiteral("sessions_placed"), outcome->sessionsPlaced.size()},
            {QStringLiteral("sessions_unplaced"), outcome->sessionsUnplaced.size()},
        });
    } else {
        context.out() << tr("Paired %1 (mentor) with %2 from %3 (pairing %4)")
                             .arg(mentor->displayName(), mentee->displayName(), Dates::uk(*from))
                             .arg(outcome->assignment.id)
                      << Qt::endl;
        if (outcome->closedPairingId > 0)
            context.out() << tr("Pairing %1 ended on %2 and stays in the history")
                                 .arg(outcome->closedPairingId)
                                 .arg(Dates::uk(from->addDays(-1)))
                          << Qt::endl;
        if (!outcome->sessionsTakenOver.isEmpty())
            context.out() << tr("%n planned session(s) moved to %1, re-planned around their "
                                "timetable: %2 placed",
                                nullptr, int(outcome->sessionsTakenOver.size()))
                                 .arg(mentor->displayName())
                                 .arg(outcome->sessionsPlaced.size())
                          << Qt::endl;
        for (const UnplacedSession &u : outcome->sessionsUnplaced)
            context.out() << tr("Not placed: %1 in the week of %2: %3")
                                 .arg(SessionKinds::displayName(u.due.kind),
                                      Dates::uk(u.due.weekMonday), u.reason)
                          << Qt::endl;
    }
    return Success;
}

} // namespace idesk::cli
