#include "InductionCommand.h"

#include "application/PeopleUseCases.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace idesk::cli {

void InductionCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("show, start, pause, resume, withdraw or complete"));
    parser.addPositionalArgument(QStringLiteral("ref"), tr("The ECT, for every action but start"),
                                 QStringLiteral("[REF]"));
    parser.addOptions({
        {QStringLiteral("ect"), tr("start: the ECT (TRN, staff code or id)."), tr("REF")},
        {QStringLiteral("from"), tr("The date the induction or the change starts."), tr("DATE")},
        {QStringLiteral("fte"),
         tr("start: full-time equivalent, more than 0 up to 1 (default 1.0)."), tr("FTE")},
        {QStringLiteral("route"),
         tr("start: provider-led or school-led (earlier years: "
            "full-induction-programme, core-induction-programme, "
            "design-your-own)."),
         tr("ROUTE")},
        {QStringLiteral("appropriate-body"), tr("start: the appropriate body."), tr("NAME")},
        {QStringLiteral("prior-terms"),
         tr("start: terms already served (legacy inductions begun before September 2021)."),
         tr("N")},
        {QStringLiteral("reduced-to"),
         tr("start: terms required when the appropriate body reduces induction."), tr("N")},
        {QStringLiteral("on"), tr("show: the day to count terms up to (default: today)."),
         tr("DATE")},
        {QStringLiteral("json"), tr("show: print JSON.")},
        {QStringLiteral("reason"),
         tr("pause: bereavement, long-term-sickness, parental-leave, career-break or text; "
            "withdraw: left-teaching, moved-school, mentor-no-longer-mentoring or text."),
         tr("TEXT")},
    });
}

int InductionCommand::start(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("ect")))
        return context.usage(tr("--ect REF is required"), name());
    int exit = Success;
    const auto from = context.dateOption(parser, QStringLiteral("from"), true, name(), &exit);
    if (!from)
        return exit;
    InductionRequest request;
    request.start = *from;
    const auto number = [&](const QString &option, double *out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *out = parser.value(option).toDouble(&ok);
        return ok;
    };
    if (!number(QStringLiteral("fte"), &request.fte))
        return context.usage(tr("--fte must be a number such as 0.6"), name());
    if (!number(QStringLiteral("prior-terms"), &request.priorTerms))
        return context.usage(tr("--prior-terms must be a number"), name());
    if (parser.isSet(QStringLiteral("reduced-to"))) {
        double reduced = 0;
        if (!number(QStringLiteral("reduced-to"), &reduced))
            return context.usage(tr("--reduced-to must be a number"), name());
        request.reducedTo = reduced;
    }
    if (parser.isSet(QStringLiteral("route"))) {
        request.route = Induction::routeFromKey(parser.value(QStringLiteral("route")));
        if (!request.route)
            return context.usage(
                tr("unknown --route \"%1\"").arg(parser.value(QStringLiteral("route"))), name());
    }
    request.appropriateBody = parser.value(QStringLiteral("appropriate-body"));

    const auto person = context.person(parser.value(QStringLiteral("ect")));
    if (!person)
        return context.fail(person.error());
    auto opened = context.workspace();
    if (!opened)
        return context.fail(opened.error());
    Workspace &ws = **opened;
    request.personId = person->id;
    auto change = PeopleUseCases(ws).startInduction(request);
    if (const int applied = context.apply(change); applied != Success)
        return applied;
    const qint64 id = (*change)->madeId();
    context.out() << tr("Induction %1 started for %2 on %3")
                         .arg(id)
                         .arg(person->displayName(), Dates::uk(*from))
                  << Qt::endl;
    return Success;
}

int InductionCommand::show(CliContext &context, const QCommandLineParser &parser,
                           const QString &ref)
{
    int exit = Success;
    const auto on = context.dateOption(parser, QStringLiteral("on"), false, name(), &exit);
    if (exit != Success)
        return exit;
    const auto person = context.person(ref);
    if (!person)
        return context.fail(person.error());
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    const QDate day = on ? *on : context.clock().today();
    auto progress = PeopleUseCases(**ws).inductionProgress(person->id, day);
    if (!progress)
        return context.fail(progress.error());
    const Induction &i = progress->induction;
    const auto rounded = [](double v) {
        return std::round(v * 100.0) / 100.0;
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray terms;
        for (const TermCredit &c : progress->credits)
            terms.append(
                QJsonObject{{QStringLiteral("academic_year"), c.academicYear},
                            {QStringLiteral("term"), TermKinds::key(c.kind)},
                            {QStringLiteral("term_start"), Dates::iso(c.term.from)},
                            {QStringLiteral("term_end"), Dates::iso(c.term.to)},
                            {QStringLiteral("counted_from"), Dates::iso(c.counted.from)},
                            {QStringLiteral("counted_to"), Dates::iso(c.counted.to)},
                            {QStringLiteral("terms"), rounded(c.terms)},
                            {QStringLiteral("dates_from"), c.usual ? QStringLiteral("usual-pattern")
                                                                   : QStringLiteral("calendar")}});
        context.printJson(
            QJsonObject{{QStringLiteral("person_id"), person->id},
                        {QStringLiteral("name"), person->displayName()},
                        {QStringLiteral("start"), Dates::iso(i.start)},
                        {QStringLiteral("fte"), i.fte},
                        {QStringLiteral("status"), Induction::statusKey(i.statusOn(day))},
                        {QStringLiteral("on"), Dates::iso(day)},
                        {QStringLiteral("terms_required"), i.termsRequired},
                        {QStringLiteral("prior_terms"), i.priorTerms},
                        {QStringLiteral("terms_counted"), rounded(progress->served)},
                        {QStringLiteral("induction_year"), progress->year},
                        {QStringLiteral("terms"), terms}});
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("Induction of %1: from %2, %3, %4")
               .arg(person->displayName(), Dates::uk(i.start),
                    i.fte >= 1.0 ? tr("full time") : tr("%1 FTE").arg(i.fte),
                    Induction::statusName(i.statusOn(day)).toLower())
        << '\n';
    out << tr("On %1: %2 of %3 terms counted; year %4 of induction")
               .arg(Dates::uk(day))
               .arg(rounded(progress->served))
               .arg(i.termsRequired)
               .arg(progress->year)
        << '\n';
    if (i.priorTerms > 0)
        out << "  " << tr("%1 terms served before").arg(i.priorTerms) << '\n';
    for (const TermCredit &c : progress->credits)
        out << "  "
            << tr("%1 %2 (%3 to %4%5): counted %6 to %7, %8 of a term")
                   .arg(c.academicYear, TermKinds::displayName(c.kind).toLower(),
                        Dates::uk(c.term.from), Dates::uk(c.term.to),
                        c.usual ? tr(", usual dates: the calendar has none for this year")
                                : QString(),
                        Dates::uk(c.counted.from), Dates::uk(c.counted.to))
                   .arg(QString::number(c.terms, 'f', 2))
            << '\n';
    out.flush();
    return Success;
}

int InductionCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usage(
            tr("expected an action: show, start, pause, resume, withdraw or complete"), name());
    const QString action = args.first();
    if (action == QLatin1String("show")) {
        if (args.size() != 2)
            return context.usage(tr("expected: induction show REF"), name());
        return show(context, parser, args.at(1));
    }
    if (action == QLatin1String("start")) {
        if (args.size() != 1)
            return context.usage(tr("start takes the ECT as --ect REF"), name());
        return start(context, parser);
    }
    static const QHash<QString, InductionStatus> targets{
        {QStringLiteral("pause"), InductionStatus::Paused},
        {QStringLiteral("resume"), InductionStatus::Active},
        {QStringLiteral("withdraw"), InductionStatus::Withdrawn},
        {QStringLiteral("complete"), InductionStatus::Completed},
    };
    if (!targets.contains(action))
        return context.usage(tr("unknown action \"%1\"").arg(action), name());
    if (args.size() != 2)
        return context.usage(tr("expected: induction %1 REF --from DATE").arg(action), name());
    int exit = Success;
    const auto from = context.dateOption(parser, QStringLiteral("from"), true, name(), &exit);
    if (!from)
        return exit;

    const auto person = context.person(args.at(1));
    if (!person)
        return context.fail(person.error());
    auto opened = context.workspace();
    if (!opened)
        return context.fail(opened.error());
    Workspace &ws = **opened;
    const InductionStatus to = targets.value(action);
    if (const int applied = context.apply(PeopleUseCases(ws).changeInductionStatus(
            person->id, to, *from, parser.value(QStringLiteral("reason"))));
        applied != Success)
        return applied;
    context.out() << tr("The induction of %1 is %2 from %3")
                         .arg(person->displayName(), Induction::statusName(to).toLower(),
                              Dates::uk(*from))
                  << Qt::endl;
    return Success;
}

} // namespace idesk::cli
