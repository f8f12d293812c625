#include "ScheduleCommand.h"

#include "TextTable.h"
#include "application/CalendarUseCases.h"
#include "application/PairingUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/SessionUseCases.h"
#include "domain/SessionDetails.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace idesk::cli {

void ScheduleCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("plan, show, or alternatives SESSION_ID"));
    parser.addOptions({
        {QStringLiteral("term"), tr("The term, e.g. autumn-2026."), tr("LABEL")},
        {QStringLiteral("from"), tr("First day (dd/mm/yyyy or yyyy-mm-dd)."), tr("DATE")},
        {QStringLiteral("to"), tr("Last day."), tr("DATE")},
        {QStringLiteral("dry-run"), tr("plan: show the plan; save nothing.")},
        {QStringLiteral("json"), tr("Print JSON.")},
    });
}

std::optional<DateRange> ScheduleCommand::range(CliContext &context,
                                                const QCommandLineParser &parser, int *exitCode)
{
    if (parser.isSet(QStringLiteral("term"))) {
        auto ws = context.workspace();
        if (!ws) {
            *exitCode = context.fail(ws.error());
            return std::nullopt;
        }
        auto time = CalendarUseCases(**ws).calendar();
        if (!time) {
            *exitCode = context.fail(time.error());
            return std::nullopt;
        }
        const Term *term = time->termByLabel(parser.value(QStringLiteral("term")));
        if (!term) {
            *exitCode = context.fail(
                Error::notFound(tr("No term %1 in the calendar (terms are named like autumn-2026)")
                                    .arg(parser.value(QStringLiteral("term")))));
            return std::nullopt;
        }
        return term->period;
    }
    const auto from = context.dateOption(parser, QStringLiteral("from"), true, name(), exitCode);
    if (!from)
        return std::nullopt;
    const auto to = context.dateOption(parser, QStringLiteral("to"), true, name(), exitCode);
    if (!to)
        return std::nullopt;
    if (*to < *from) {
        *exitCode = context.usage(tr("--to is before --from"), name());
        return std::nullopt;
    }
    return DateRange{*from, *to};
}

int ScheduleCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QLatin1String("alternatives") && args.size() == 2) {
        bool ok = false;
        const qint64 id = args.at(1).toLongLong(&ok);
        if (!ok)
            return context.usage(tr("expected a session id"), name());
        auto ws = context.workspace();
        if (!ws)
            return context.fail(ws.error());
        auto offers = SessionUseCases(**ws).offers(id);
        if (!offers)
            return context.fail(offers.error());
        QJsonArray list;
        for (const SlotOffer &o : std::as_const(*offers)) {
            list.append(
                QJsonObject{{QStringLiteral("date"), Dates::iso(o.day)},
                            {QStringLiteral("start"), o.start.toString(QStringLiteral("HH:mm"))},
                            {QStringLiteral("period_id"), o.periodId},
                            {QStringLiteral("outside_teaching_hours"), o.outsideTeaching}});
            if (!json)
                context.out() << Dates::uk(o.day) << ' '
                              << o.start.toString(QStringLiteral("HH:mm"))
                              << (o.outsideTeaching ? tr(" (outside teaching hours)") : QString())
                              << '\n';
        }
        if (json)
            context.printJson(list);
        else if (offers->isEmpty())
            context.out() << tr("No free slot in that week or the next.") << '\n';
        context.out().flush();
        return Success;
    }
    if ((action != QLatin1String("plan") && action != QLatin1String("show")) || args.size() != 1)
        return context.usage(tr("expected: schedule plan, schedule show or schedule "
                                "alternatives SESSION_ID"),
                             name());
    int exitCode = Success;
    const auto dates = range(context, parser, &exitCode);
    if (!dates)
        return exitCode;
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    auto people = PeopleUseCases(**ws).all();
    auto pairings = PairingUseCases(**ws).all();
    if (!people || !pairings)
        return context.fail(!people ? people.error() : pairings.error());
    QHash<qint64, QString> names;
    for (const Person &p : std::as_const(*people))
        names.insert(p.id, p.displayName());
    QHash<qint64, MentorAssignment> byId;
    for (const MentorAssignment &a : std::as_const(*pairings))
        byId.insert(a.id, a);

    QList<MentoringSession> sessions;
    SchedulePlan plan;
    const bool planning = action == QLatin1String("plan");
    if (planning) {
        auto made = SessionUseCases(**ws).plan(*dates, !parser.isSet(QStringLiteral("dry-run")));
        if (!made)
            return context.fail(made.error());
        plan = *made;
        sessions = plan.planned + plan.kept;
        std::sort(sessions.begin(), sessions.end(), [](const auto &a, const auto &b) {
            return a.day < b.day || (a.day == b.day && a.start < b.start);
        });
    } else {
        auto held = SessionUseCases(**ws).inWeeks(*dates);
        if (!held)
            return context.fail(held.error());
        sessions = *held;
    }
    QJsonArray list, unplaced;
    TextTable table({tr("Date"), tr("Time"), tr("Session"), tr("Mentor"), tr("Mentee"),
                     tr("Status"), tr("Note")});
    for (const MentoringSession &s : std::as_const(sessions)) {
        const MentorAssignment a = byId.value(s.assignmentId);
        list.append(QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("pairing_id"), s.assignmentId},
            {QStringLiteral("mentor"), names.value(a.mentorId)},
            {QStringLiteral("mentee"), names.value(a.menteeId)},
            {QStringLiteral("kind"), SessionKinds::key(s.kind)},
            {QStringLiteral("week"), Dates::iso(s.weekMonday)},
            {QStringLiteral("date"), Dates::iso(s.day)},
            {QStringLiteral("start"), s.start.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("minutes"), s.minutes},
            {QStringLiteral("status"), SessionStatuses::key(s.status)},
            {QStringLiteral("hand_placed"), s.handPlaced},
            {QStringLiteral("exceptional_reason"), s.exceptionalReason},
            {QStringLiteral("note"), s.note},
            {QStringLiteral("cancel_reason"), s.cancelReason},
            {QStringLiteral("rescheduled_to"),
             s.rescheduledTo > 0 ? QJsonValue(s.rescheduledTo) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("action_step"), s.actionStep}});
        table.addRow({Dates::uk(s.day), s.start.toString(QStringLiteral("HH:mm")),
                      SessionKinds::displayName(s.kind), names.value(a.mentorId),
                      names.value(a.menteeId), SessionStatuses::key(s.status),
                      SessionDetails::describe(s)});
    }
    for (const UnplacedSession &u : std::as_const(plan.unplaced))
        unplaced.append(QJsonObject{{QStringLiteral("pairing_id"), u.due.assignmentId},
                                    {QStringLiteral("mentor"), names.value(u.due.mentorId)},
                                    {QStringLiteral("mentee"), names.value(u.due.menteeId)},
                                    {QStringLiteral("kind"), SessionKinds::key(u.due.kind)},
                                    {QStringLiteral("week"), Dates::iso(u.due.weekMonday)},
                                    {QStringLiteral("reason"), u.reason}});
    if (json) {
        QJsonObject o{{QStringLiteral("from"), Dates::iso(dates->from)},
                      {QStringLiteral("to"), Dates::iso(dates->to)},
                      {QStringLiteral("sessions"), list}};
        if (planning) {
            o.insert(QStringLiteral("saved"), !parser.isSet(QStringLiteral("dry-run")));
            o.insert(QStringLiteral("optimal"), plan.optimal);
            o.insert(QStringLiteral("unplaced"), unplaced);
            o.insert(QStringLiteral("objective"),
                     QJsonObject{
                         {QStringLiteral("unplaced"), plan.objective.unplaced},
                         {QStringLiteral("outside_teaching_hours"), plan.objective.outsideTeaching},
                         {QStringLiteral("off_usual_slot"), plan.objective.offUsualSlot},
                         {QStringLiteral("same_day_pairs"), plan.objective.sameDayPairs},
                         {QStringLiteral("in_ppa"), plan.objective.inPpa}});
        }
        context.printJson(o);
        return Success;
    }
    QTextStream &out = context.out();
    table.print(out);
    if (planning) {
        out << tr("%1 sessions planned, %2 kept as they were, %3 could not be placed.")
                   .arg(plan.planned.size())
                   .arg(plan.kept.size())
                   .arg(plan.unplaced.size())
            << '\n';
        for (const UnplacedSession &u : std::as_const(plan.unplaced))
            out << "  " << SessionKinds::displayName(u.due.kind) << ": " << u.reason << '\n';
        out << (parser.isSet(QStringLiteral("dry-run")) ? tr("Dry run: nothing was saved.")
                                                        : tr("Saved."))
            << '\n';
    }
    out.flush();
    return Success;
}

} // namespace idesk::cli
