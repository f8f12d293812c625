#pragma once

#include <QDate>
#include <QDebug>

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
    friend bool operator==(const DateRange &, const DateRange &) = default;
};

inline QDebug operator<<(QDebug debug, const DateRange &range)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "DateRange(" << range.from << ", " << range.to << ')';
    return debug;
}

} // namespace idesk
