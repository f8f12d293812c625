#pragma once

#include "development/StandardsRating.h"

#include <QColor>
#include <QPalette>

namespace idesk::ui {

// Fills for the rating words, readable on light and dark palettes. The word
// is always shown too: colour is never the only signal.
inline QColor ratingFill(StandardsRating rating, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (rating) {
    case StandardsRating::Red:
        return QColor(dark ? 0x7a2020 : 0xf4c7c3);
    case StandardsRating::Amber:
        return QColor(dark ? 0x6e551f : 0xfce8b2);
    case StandardsRating::Green:
        return QColor(dark ? 0x1f5a2e : 0xc8e6c9);
    }
    return {};
}

} // namespace idesk::ui
