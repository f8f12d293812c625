#include "TrainingCommand.h"

#include "application/MentorUseCases.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace idesk::cli {

void TrainingCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("add or show"));
    parser.addOptions({
        {QStringLiteral("mentor"), tr("The mentor (TRN, staff code or id)."), tr("REF")},
        {QStringLiteral("date"), tr("add: the day."), tr("DATE")},
        {QStringLiteral("hours"), tr("add: hours of training."), tr("N")},
        {QStringLiteral("kind"),
         tr("add: %1.").arg(TrainingActivity::kinds().join(QStringLiteral(", "))), tr("KIND")},
        {QStringLiteral("event"),
         tr("add: %1.").arg(TrainingActivity::events().join(QStringLiteral(", "))), tr("EVENT")},
        {QStringLiteral("not-attended"), tr("add: booked but not attended.")},
        {QStringLiteral("note"), tr("add: a short note."), tr("TEXT")},
        {QStringLiteral("json"), tr("show: print JSON.")},
    });
}

int TrainingCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() != 1 || (action != QLatin1String("add") && action != QLatin1String("show")))
        return context.usage(tr("expected: training add or training show"), name());
    if (!parser.isSet(QStringLiteral("mentor")))
        return context.usage(tr("--mentor is required"), name());
    const auto mentor = context.person(parser.value(QStringLiteral("mentor")));
    if (!mentor)
        return context.fail(mentor.error());
    auto opened = context.workspace();
    if (!opened)
        return context.fail(opened.error());
    MentorUseCases mentors(**opened);
    if (action == QLatin1String("add")) {
        int exitCode = Success;
        const auto day =
            context.dateOption(parser, QStringLiteral("date"), true, name(), &exitCode);
        if (!day)
            return exitCode;
        bool ok = false;
        TrainingActivity a;
        a.mentorId = mentor->id;
        a.day = *day;
        a.hours = parser.value(QStringLiteral("hours")).toDouble(&ok);
        if (!ok)
            return context.usage(tr("--hours must be a number"), name());
        a.kind = parser.value(QStringLiteral("kind")).trimmed();
        a.event = parser.value(QStringLiteral("event")).trimmed();
        a.attended = !parser.isSet(QStringLiteral("not-attended"));
        a.note = parser.value(QStringLiteral("note")).trimmed();
        if (const int exit = context.apply(mentors.addTraining(a)); exit != Success)
            return exit;
        context.out() << tr("Recorded %1 hours of %2 training for %3")
                             .arg(a.hours)
                             .arg(a.kind, mentor->displayName())
                      << Qt::endl;
        return Success;
    }
    auto record = mentors.training(mentor->id);
    if (!record)
        return context.fail(record.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const TrainingActivity &a : std::as_const(record->activities))
            items.append(QJsonObject{{QStringLiteral("date"), Dates::iso(a.day)},
                                     {QStringLiteral("kind"), a.kind},
                                     {QStringLiteral("event"), a.event},
                                     {QStringLiteral("hours"), a.hours},
                                     {QStringLiteral("attended"), a.attended},
                                     {QStringLiteral("note"), a.note}});
        QJsonObject byKind;
        for (auto it = record->hoursByKind.cbegin(); it != record->hoursByKind.cend(); ++it)
            byKind.insert(it.key(), it.value());
        QJsonArray programmes;
        for (const ProgrammePace &p : std::as_const(record->programmes))
            programmes.append(QJsonObject{
                {QStringLiteral("programme"), TrainingProgrammes::key(p.programme.programme)},
                {QStringLiteral("started"), Dates::iso(p.programme.start)},
                {QStringLiteral("rule_set"), p.ruleSetYear},
                {QStringLiteral("counted_kind"), p.countedKind},
                {QStringLiteral("hours_target"), p.hours},
                {QStringLiteral("years"), p.years},
                {QStringLiteral("due"), Dates::iso(p.due)},
                {QStringLiteral("done"), p.done},
                {QStringLiteral("expected"), qRound(p.expected * 10) / 10.0},
                {QStringLiteral("refresher_per_year"), p.refresherPerYear},
                {QStringLiteral("refresher_done"), p.refresherDone},
                {QStringLiteral("refresher_expected"), qRound(p.refresherExpected * 10) / 10.0},
                {QStringLiteral("behind"), p.behind}});
        context.printJson(QJsonObject{{QStringLiteral("mentor"), mentor->displayName()},
                                      {QStringLiteral("hours"), record->attendedHours()},
                                      {QStringLiteral("hours_by_kind"), byKind},
                                      {QStringLiteral("events_attended"), record->eventsAttended},
                                      {QStringLiteral("events_missed"), record->eventsMissed},
                                      {QStringLiteral("programmes"), programmes},
                                      {QStringLiteral("activities"), items}});
        return Success;
    }
    QTextStream &out = context.out();
    for (const TrainingActivity &a : std::as_const(record->activities))
        out << Dates::uk(a.day) << "  " << a.hours << "h  " << TrainingPace::kindName(a.kind)
            << ", " << TrainingPace::eventName(a.event)
            << (a.attended ? QString() : tr(" (not attended)")) << '\n';
    out << tr("%1: %2 hours attended").arg(mentor->displayName()).arg(record->attendedHours())
        << '\n';
    for (const ProgrammePace &p : std::as_const(record->programmes)) {
        out << tr("%1 from %2 (%3 rules): %4 of %5 hours over %n year(s), %6 expected by now%7",
                  nullptr, p.years)
                   .arg(TrainingPace::programmeName(p.programme.programme),
                        Dates::uk(p.programme.start), p.ruleSetYear)
                   .arg(p.done)
                   .arg(p.hours)
                   .arg(p.expected, 0, 'f', 1)
                   .arg(p.behind ? tr("; behind") : QString())
            << '\n';
        if (p.refresherExpected > 0 || p.refresherDone > 0)
            out << tr("  refresher this year: %1 of %2 hours, %3 expected by now")
                       .arg(p.refresherDone)
                       .arg(p.refresherPerYear)
                       .arg(p.refresherExpected, 0, 'f', 1)
                << '\n';
    }
    out.flush();
    return Success;
}

} // namespace idesk::cli
