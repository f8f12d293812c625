#include "OversightCommand.h"

#include "application/MentorUseCases.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace idesk::cli {

void OversightCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("show, add or remove"));
    parser.addOptions({
        {QStringLiteral("lead"), tr("The ITT lead mentor (TRN, staff code or id)."), tr("REF")},
        {QStringLiteral("mentor"), tr("add, remove: the general mentor."), tr("REF")},
        {QStringLiteral("json"), tr("show: print JSON.")},
    });
}

int OversightCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() != 1 ||
        !QStringList{QStringLiteral("show"), QStringLiteral("add"), QStringLiteral("remove")}
             .contains(action))
        return context.usage(tr("expected: oversight show, add or remove"), name());
    if (!parser.isSet(QStringLiteral("lead")))
        return context.usage(tr("--lead is required"), name());
    if (action != QLatin1String("show") && !parser.isSet(QStringLiteral("mentor")))
        return context.usage(tr("--mentor is required"), name());
    const auto lead = context.person(parser.value(QStringLiteral("lead")));
    if (!lead)
        return context.fail(lead.error());
    auto opened = context.workspace();
    if (!opened)
        return context.fail(opened.error());
    MentorUseCases service(**opened);
    auto overseen = service.overseen(lead->id);
    if (!overseen)
        return context.fail(overseen.error());

    if (action != QLatin1String("show")) {
        const auto mentor = context.person(parser.value(QStringLiteral("mentor")));
        if (!mentor)
            return context.fail(mentor.error());
        if (action == QLatin1String("add")) {
            if (const int exit = context.apply(service.addOversight(lead->id, mentor->id));
                exit != Success)
                return exit;
            context.out()
                << tr("%1 now oversees %2").arg(lead->displayName(), mentor->displayName())
                << Qt::endl;
            return Success;
        }
        for (const OverseenMentor &o : std::as_const(*overseen)) {
            if (o.mentor.id != mentor->id)
                continue;
            if (const int exit = context.apply(service.removeOversight(o.link.id)); exit != Success)
                return exit;
            context.out()
                << tr("%1 no longer oversees %2").arg(lead->displayName(), mentor->displayName())
                << Qt::endl;
            return Success;
        }
        return context.fail(Error::notFound(
            tr("%1 does not oversee %2").arg(lead->displayName(), mentor->displayName())));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const OverseenMentor &o : std::as_const(*overseen)) {
            QJsonArray programmes;
            for (const ProgrammePace &p : o.programmes)
                programmes.append(QJsonObject{
                    {QStringLiteral("programme"), TrainingProgrammes::key(p.programme.programme)},
                    {QStringLiteral("done"), p.done},
                    {QStringLiteral("hours_target"), p.hours},
                    {QStringLiteral("expected"), qRound(p.expected * 10) / 10.0},
                    {QStringLiteral("behind"), p.behind}});
            QJsonArray trainees;
            for (const TraineeTime &t : o.trainees)
                trainees.append(
                    QJsonObject{{QStringLiteral("trainee"), t.traineeName},
                                {QStringLiteral("required_minutes"), t.requiredMinutes},
                                {QStringLiteral("weeks_judged"), t.weeksJudged},
                                {QStringLiteral("weeks_short"), t.weeksShort},
                                {QStringLiteral("last_week_minutes"), t.lastWeekMinutes}});
            list.append(
                QJsonObject{{QStringLiteral("mentor"), o.mentor.displayName()},
                            {QStringLiteral("staff_code"), o.mentor.staffCode},
                            {QStringLiteral("red"), o.red},
                            {QStringLiteral("amber"), o.amber},
                            {QStringLiteral("green"), o.green},
                            {QStringLiteral("not_rated"), o.notRated},
                            {QStringLiteral("last_assessed"),
                             o.lastAssessed.isValid() ? QJsonValue(Dates::iso(o.lastAssessed))
                                                      : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("programmes"), programmes},
                            {QStringLiteral("trainees"), trainees}});
        }
        context.printJson(list);
        return Success;
    }
    QTextStream &out = context.out();
    if (overseen->isEmpty())
        out << tr("%1 oversees no general mentors yet.").arg(lead->displayName()) << '\n';
    for (const OverseenMentor &o : std::as_const(*overseen)) {
        out << o.mentor.displayName() << '\n'
            << "  "
            << tr("Standards: red %1, amber %2, green %3, not rated %4")
                   .arg(o.red)
                   .arg(o.amber)
                   .arg(o.green)
                   .arg(o.notRated)
            << '\n';
        if (!o.supportPlan.isEmpty())
            out << "  " << tr("Support plan: %1").arg(o.supportPlan.join(QStringLiteral(", ")))
                << '\n';
        for (const ProgrammePace &p : o.programmes)
            out << "  "
                << tr("Training: %1, %2 of %3 hours (%4 expected by now)%5")
                       .arg(TrainingPace::programmeName(p.programme.programme))
                       .arg(p.done)
                       .arg(p.hours)
                       .arg(p.expected, 0, 'f', 1)
                       .arg(p.behind ? tr("; behind") : QString())
                << '\n';
        for (const TraineeTime &t : o.trainees)
            out << "  "
                << tr("Trainee %1: %2 of %n week(s) short of %3 minutes; last week %4 minutes",
                      nullptr, t.weeksJudged)
                       .arg(t.traineeName)
                       .arg(t.weeksShort)
                       .arg(t.requiredMinutes)
                       .arg(t.lastWeekMinutes)
                << '\n';
    }
    out.flush();
    return Success;
}

} // namespace idesk::cli
