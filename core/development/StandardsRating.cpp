#include "StandardsRating.h"

#include <QCoreApplication>

namespace idesk::StandardsRatings {

QString key(StandardsRating rating)
{
    switch (rating) {
    case StandardsRating::Red:
        return QStringLiteral("red");
    case StandardsRating::Amber:
        return QStringLiteral("amber");
    case StandardsRating::Green:
        return QStringLiteral("green");
    }
    return {};
}

std::optional<StandardsRating> fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (auto r : {StandardsRating::Red, StandardsRating::Amber, StandardsRating::Green}) {
        if (StandardsRatings::key(r) == k)
            return r;
    }
    return std::nullopt;
}

QString displayName(StandardsRating rating)
{
    switch (rating) {
    case StandardsRating::Red:
        return QCoreApplication::translate("StandardsRating", "Red");
    case StandardsRating::Amber:
        return QCoreApplication::translate("StandardsRating", "Amber");
    case StandardsRating::Green:
        return QCoreApplication::translate("StandardsRating", "Green");
    }
    return {};
}

bool needsSupport(StandardsRating rating)
{
    return rating != StandardsRating::Green;
}

} // namespace idesk::StandardsRatings
