#include "Term.h"

#include <QCoreApplication>

namespace idesk {

namespace TermKinds {
QString key(TermKind kind)
{
    switch (kind) {
    case TermKind::Autumn:
        return QStringLiteral("autumn");
    case TermKind::Spring:
        return QStringLiteral("spring");
    case TermKind::Summer:
        return QStringLiteral("summer");
    }
    return {};
}

std::optional<TermKind> fromKey(const QString &k)
{
    for (auto t : {TermKind::Autumn, TermKind::Spring, TermKind::Summer}) {
        if (key(t) == k.trimmed().toLower())
            return t;
    }
    return std::nullopt;
}

QString displayName(TermKind kind)
{
    switch (kind) {
    case TermKind::Autumn:
        return QCoreApplication::translate("Term", "Autumn term");
    case TermKind::Spring:
        return QCoreApplication::translate("Term", "Spring term");
    case TermKind::Summer:
        return QCoreApplication::translate("Term", "Summer term");
    }
    return {};
}
} // namespace TermKinds

namespace ClosureKinds {
QString key(ClosureKind kind)
{
    switch (kind) {
    case ClosureKind::HalfTerm:
        return QStringLiteral("half-term");
    case ClosureKind::Holiday:
        return QStringLiteral("holiday");
    case ClosureKind::Inset:
        return QStringLiteral("inset");
    case ClosureKind::BankHoliday:
        return QStringLiteral("bank-holiday");
    case ClosureKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ClosureKind> fromKey(const QString &k)
{
    for (auto c : {ClosureKind::HalfTerm, ClosureKind::Holiday, ClosureKind::Inset,
                   ClosureKind::BankHoliday, ClosureKind::Other}) {
        if (key(c) == k.trimmed().toLower())
            return c;
    }
    return std::nullopt;
}

QString displayName(ClosureKind kind)
{
    switch (kind) {
    case ClosureKind::HalfTerm:
        return QCoreApplication::translate("Closure", "Half term");
    case ClosureKind::Holiday:
        return QCoreApplication::translate("Closure", "Holiday");
    case ClosureKind::Inset:
        return QCoreApplication::translate("Closure", "INSET day");
    case ClosureKind::BankHoliday:
        return QCoreApplication::translate("Closure", "Bank holiday");
    case ClosureKind::Other:
        return QCoreApplication::translate("Closure", "Closure");
    }
    return {};
}
} // namespace ClosureKinds

QString Term::label() const
{
    return TermKinds::key(kind) + QLatin1Char('-') + QString::number(period.from.year());
}

} // namespace idesk
