#include "TrainingCommand.h"

#include "storage/TrainingRepository.h"
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
    Database &db = *context.database().value();
    TrainingRepository repo(db);
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
        auto id = repo.insert(a);
        if (!id)
            return context.fail(id.error());
        context.out() << tr("Recorded %1 hours of %2 training for %3")
                             .arg(a.hours)
                             .arg(a.kind, mentor->displayName())
                      << Qt::endl;
        return Success;
    }
    auto list = repo.forMentor(mentor->id);
    if (!list)
        return context.fail(list.error());
    double total = 0;
    QJsonArray items;
    for (const TrainingActivity &a : std::as_const(*list)) {
        total += a.attended ? a.hours : 0.0;
        items.append(QJsonObject{{QStringLiteral("date"), Dates::iso(a.day)},
                                 {QStringLiteral("kind"), a.kind},
                                 {QStringLiteral("event"), a.event},
                                 {QStringLiteral("hours"), a.hours},
                                 {QStringLiteral("attended"), a.attended},
                                 {QStringLiteral("note"), a.note}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject{{QStringLiteral("mentor"), mentor->displayName()},
                                      {QStringLiteral("hours"), total},
                                      {QStringLiteral("activities"), items}});
        return Success;
    }
    for (const TrainingActivity &a : std::as_const(*list))
        context.out() << Dates::uk(a.day) << "  " << a.hours << "h  " << a.kind << ", " << a.event
                      << (a.attended ? QString() : tr(" (not attended)")) << '\n';
    context.out() << tr("%1: %2 hours attended").arg(mentor->displayName()).arg(total) << Qt::endl;
    return Success;
}

} // namespace idesk::cli
