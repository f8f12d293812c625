#include "Person.h"

namespace idesk {

namespace WorkingPatterns {
QString key(WorkingPattern pattern)
{
    return pattern == WorkingPattern::PartTime ? QStringLiteral("part-time")
                                               : QStringLiteral("full-time");
}

std::optional<WorkingPattern> fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("full-time"))
        return WorkingPattern::FullTime;
    if (k == QLatin1String("part-time"))
        return WorkingPattern::PartTime;
    return std::nullopt;
}
} // namespace WorkingPatterns

QString Person::fullName() const
{
    return QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

QString Person::displayName() const
{
    return title.isEmpty() ? fullName() : title + QLatin1Char(' ') + fullName();
}

bool Person::employedOn(QDate day) const
{
    if (employmentStart.isValid() && day < employmentStart)
        return false;
    if (employmentEnd.isValid() && day > employmentEnd)
        return false;
    return true;
}

} // namespace idesk
