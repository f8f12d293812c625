#pragma once

#include <QString>

#include <optional>

namespace idesk {

// A mentor's own rating of one item of the National Standards. Developmental:
// it says where support would help, never how well the mentor performs.
enum class StandardsRating
{
    Red,   // will not meet it without support
    Amber, // might need support
    Green  // meets it
};

namespace StandardsRatings {
QString key(StandardsRating rating); // "red", "amber", "green"
std::optional<StandardsRating> fromKey(const QString &key);
// The word shown beside the colour, so colour is never the only signal.
QString displayName(StandardsRating rating);
bool needsSupport(StandardsRating rating);
} // namespace StandardsRatings

} // namespace idesk
