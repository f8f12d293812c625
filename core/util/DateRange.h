#pragma once

#include <QDate>

namespace idesk {

// An inclusive range of days; an invalid `to` means open-ended ("until further
// notice"), which is how current roles and pairings are held.
struct DateRange
{
    QDate from;
    QDate to;

    bool isOpenEnded() const { return !to.isValid(); }
    bool contains(QDate day) const { return day >= from && (isOpenEnded() || day <= to); }
    bool overlaps(const DateRange &other) const
    {
        const bool thisEndsBefore = !isOpenEnded() && to < other.from;
        const bool otherEndsBefore = !other.isOpenEnded() && other.to < from;
        return !thisEndsBefore && !otherEndsBefore;
    }
    bool isValid() const { return from.isValid() && (isOpenEnded() || to >= from); }
};

} // namespace idesk
