#include "StandardsCommand.h"

#include "application/MentorUseCases.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace idesk::cli {

namespace {
QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(Dates::iso(d)) : QJsonValue(QJsonValue::Null);
}
} // namespace

void StandardsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("show, assess or plan"));
    parser.addOptions({
        {QStringLiteral("mentor"), tr("The mentor (TRN, staff code or id)."), tr("REF")},
        {QStringLiteral("item"), tr("assess: the item, e.g. 2.4."), tr("ITEM")},
        {QStringLiteral("rating"), tr("assess: red, amber or green."), tr("RATING")},
        {QStringLiteral("note"), tr("assess: a short note (optional)."), tr("TEXT")},
        {QStringLiteral("date"), tr("assess: the day of the assessment (default: today)."),
         tr("DATE")},
        {QStringLiteral("json"), tr("show, plan: print JSON.")},
    });
}

int StandardsCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() != 1 ||
        !QStringList{QStringLiteral("show"), QStringLiteral("assess"), QStringLiteral("plan")}
             .contains(action))
        return context.usage(tr("expected: standards show, standards assess or standards plan"),
                             name());
    if (!parser.isSet(QStringLiteral("mentor")))
        return context.usage(tr("--mentor is required"), name());
    const auto mentor = context.person(parser.value(QStringLiteral("mentor")));
    if (!mentor)
        return context.fail(mentor.error());
    auto opened = context.workspace();
    if (!opened)
        return context.fail(opened.error());
    MentorUseCases service(**opened);

    if (action == QLatin1String("assess")) {
        if (!parser.isSet(QStringLiteral("item")) || !parser.isSet(QStringLiteral("rating")))
            return context.usage(tr("--item and --rating are required"), name());
        const auto rating = StandardsRatings::fromKey(parser.value(QStringLiteral("rating")));
        if (!rating)
            return context.usage(tr("--rating must be red, amber or green"), name());
        SelfAssessment a;
        a.mentorId = mentor->id;
        a.item = parser.value(QStringLiteral("item")).trimmed();
        a.rating = *rating;
        a.note = parser.value(QStringLiteral("note")).trimmed();
        a.date = context.clock().today();
        if (parser.isSet(QStringLiteral("date"))) {
            int exitCode = Success;
            const auto d =
                context.dateOption(parser, QStringLiteral("date"), true, name(), &exitCode);
            if (!d)
                return exitCode;
            a.date = *d;
        }
        if (!NationalStandards::shipped().item(a.item))
            return context.usage(
                tr("--item: \"%1\" is not an item of the National Standards (1.1 to 4.2)")
                    .arg(a.item),
                name());
        if (const int exit = context.apply(service.assess(a)); exit != Success)
            return exit;
        context.out() << tr("%1 rated %2 %3 on %4")
                             .arg(mentor->displayName(), a.item,
                                  StandardsRatings::displayName(a.rating), Dates::uk(a.date))
                      << Qt::endl;
        return Success;
    }

    auto profile = service.standards(mentor->id);
    if (!profile)
        return context.fail(profile.error());
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QLatin1String("plan")) {
        const QList<SupportNeed> plan = profile->supportPlan();
        if (json) {
            QJsonArray list;
            for (const SupportNeed &n : plan)
                list.append(
                    QJsonObject{{QStringLiteral("standard"), n.item.standard},
                                {QStringLiteral("item"), n.item.code},
                                {QStringLiteral("text"), n.item.text},
                                {QStringLiteral("rating"), StandardsRatings::key(n.latest.rating)},
                                {QStringLiteral("date"), Dates::iso(n.latest.date)},
                                {QStringLiteral("note"), n.latest.note}});
            context.printJson(list);
            return Success;
        }
        if (plan.isEmpty())
            context.out() << tr("%1 has no items rated red or amber: no support plan is needed.")
                                 .arg(mentor->displayName())
                          << Qt::endl;
        for (const SupportNeed &n : plan)
            context.out() << n.item.code << "  " << StandardsRatings::displayName(n.latest.rating)
                          << "  " << n.item.text
                          << (n.latest.note.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (") + n.latest.note + QLatin1Char(')'))
                          << '\n';
        context.out().flush();
        return Success;
    }

    if (json) {
        QJsonArray list;
        for (const Standard &s : profile->standards().standards()) {
            for (const StandardItem &item : s.items) {
                const auto latest = profile->latest(item.code);
                QJsonArray history;
                for (const SelfAssessment &h : profile->history(item.code))
                    history.append(
                        QJsonObject{{QStringLiteral("rating"), StandardsRatings::key(h.rating)},
                                    {QStringLiteral("date"), Dates::iso(h.date)},
                                    {QStringLiteral("note"), h.note}});
                list.append(QJsonObject{
                    {QStringLiteral("standard"), s.number},
                    {QStringLiteral("standard_title"), s.title},
                    {QStringLiteral("item"), item.code},
                    {QStringLiteral("text"), item.text},
                    {QStringLiteral("rating"),
                     latest ? QJsonValue(StandardsRatings::key(latest->rating))
                            : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("date"), dateOrNull(latest ? latest->date : QDate())},
                    {QStringLiteral("note"), latest ? latest->note : QString()},
                    {QStringLiteral("history"), history}});
            }
        }
        context.printJson(list);
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("%1: self-assessment against the National Standards").arg(mentor->displayName())
        << '\n';
    for (const Standard &s : profile->standards().standards()) {
        out << '\n' << tr("Standard %1: %2").arg(s.number).arg(s.title) << '\n';
        for (const StandardItem &item : s.items) {
            const auto latest = profile->latest(item.code);
            const QString rating =
                latest ? StandardsRatings::displayName(latest->rating) : tr("Not rated");
            out << "  " << item.code << "  " << rating.leftJustified(9) << " "
                << (latest ? Dates::uk(latest->date) : QString()).leftJustified(10) << "  "
                << item.text << '\n';
        }
    }
    out << '\n'
        << tr("Red %1, amber %2, green %3, not rated %4; %n item(s) in the support plan.", nullptr,
              int(profile->supportPlan().size()))
               .arg(profile->count(StandardsRating::Red))
               .arg(profile->count(StandardsRating::Amber))
               .arg(profile->count(StandardsRating::Green))
               .arg(profile->notRated())
        << Qt::endl;
    return Success;
}

} // namespace idesk::cli
