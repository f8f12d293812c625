#include "Weekdays.h"

#include <QStringList>

namespace idesk {

namespace {
int dayOf(const QString &word)
{
    static const QStringList names{
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    const QString w = word.trimmed().toLower();
    if (w.size() < 3)
        return 0;
    for (int i = 0; i < names.size(); ++i) {
        if (w.startsWith(names.at(i)))
            return i + 1;
    }
    return 0;
}
} // namespace

std::optional<QList<int>> parseWeekdays(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString p = part.trimmed();
        p.replace(QStringLiteral(".."), QStringLiteral("-"));
        const QStringList range = p.split(QLatin1Char('-'));
        if (range.size() > 2)
            return std::nullopt;
        const int from = dayOf(range.first());
        const int to = range.size() == 2 ? dayOf(range.last()) : from;
        if (from == 0 || to == 0 || to < from)
            return std::nullopt;
        for (int d = from; d <= to; ++d) {
            if (!days.contains(d))
                days.append(d);
        }
    }
    if (days.isEmpty())
        return std::nullopt;
    std::sort(days.begin(), days.end());
    return days;
}

QString weekdayName(int weekday)
{
    static const char *names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return weekday >= 1 && weekday <= 7 ? QString::fromLatin1(names[weekday - 1]) : QString();
}

} // namespace idesk
