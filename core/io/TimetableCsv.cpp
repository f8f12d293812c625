#include "TimetableCsv.h"

#include <QRegularExpression>

namespace idesk {

std::optional<Activity> TimetableCsv::parseActivity(const QString &text)
{
    const QString t =
        text.trimmed()
            .toLower()
            .remove(QLatin1Char('.'))
            .replace(QRegularExpression(QStringLiteral("[\\s_-]+")), QStringLiteral(" "));
    if (auto a = Activities::fromKey(QString(t).replace(QLatin1Char(' '), QLatin1Char('-'))))
        return a;
    static const QHash<QString, Activity> synonyms{
        {QStringLiteral("lesson"), Activity::Teaching},
        {QStringLiteral("teach"), Activity::Teaching},
        {QStringLiteral("class"), Activity::Teaching},
        {QStringLiteral("t"), Activity::Teaching},
        {QStringLiteral("planning"), Activity::Ppa},
        {QStringLiteral("ppa time"), Activity::Ppa},
        {QStringLiteral("nc"), Activity::NonContact},
        {QStringLiteral("non contact"), Activity::NonContact},
        {QStringLiteral("noncontact"), Activity::NonContact},
        {QStringLiteral("directed"), Activity::NonContact},
        {QStringLiteral("management"), Activity::NonContact},
        {QStringLiteral("ect time"), Activity::NonContact},
        {QStringLiteral("induction time"), Activity::NonContact},
        {QStringLiteral("mentor time"), Activity::NonContact},
        {QStringLiteral("free period"), Activity::Free},
        {QStringLiteral("meeting"), Activity::Duty},
        {QStringLiteral("cover"), Activity::Duty},
        {QStringLiteral("f"), Activity::Free},
        {QStringLiteral("not working"), Activity::NotWorking},
        {QStringLiteral("nw"), Activity::NotWorking},
        {QStringLiteral("off"), Activity::NotWorking},
        {QStringLiteral("absent"), Activity::NotWorking},
        {QStringLiteral("non working"), Activity::NotWorking},
    };
    const auto it = synonyms.constFind(t);
    return it == synonyms.cend() ? std::nullopt : std::optional<Activity>(*it);
}

std::optional<int> TimetableCsv::parseWeek(const QString &text)
{
    QString t = text.trimmed().toUpper();
    if (t.startsWith(QLatin1String("WEEK")))
        t = t.mid(4).trimmed();
    if (t.isEmpty() || t == QLatin1String("AB") || t == QLatin1String("BOTH") ||
        t == QLatin1String("ALL") || t == QLatin1String("A/B"))
        return -1;
    if (t == QLatin1String("A") || t == QLatin1String("1"))
        return 0;
    if (t == QLatin1String("B") || t == QLatin1String("2"))
        return 1;
    return std::nullopt;
}

} // namespace idesk
