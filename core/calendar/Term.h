#pragma once

#include "util/DateRange.h"

#include <QString>

#include <optional>

namespace idesk {

enum class TermKind
{
    Autumn,
    Spring,
    Summer
};
enum class ClosureKind
{
    HalfTerm,
    Holiday,
    Inset,
    BankHoliday,
    Other
};

namespace TermKinds {
QString key(TermKind kind); // "autumn"
std::optional<TermKind> fromKey(const QString &key);
QString displayName(TermKind kind); // "Autumn term"
} // namespace TermKinds

namespace ClosureKinds {
QString key(ClosureKind kind); // "half-term", "holiday", "inset", "bank-holiday", "other"
std::optional<ClosureKind> fromKey(const QString &key);
QString displayName(ClosureKind kind);
} // namespace ClosureKinds

struct Term
{
    qint64 id = 0;
    QString academicYear; // "2026-27"
    TermKind kind = TermKind::Autumn;
    DateRange period; // first and last day, inclusive
    // "autumn-2026", "spring-2027": how the CLI and reports name a term.
    QString label() const;
    friend bool operator==(const Term &, const Term &) = default;
};

// A day or days inside the academic year when the school is closed to
// mentoring: half terms and holidays, INSET days, bank holidays, other closures.
struct Closure
{
    qint64 id = 0;
    QString academicYear;
    ClosureKind kind = ClosureKind::Other;
    QString name;
    DateRange period;
    friend bool operator==(const Closure &, const Closure &) = default;
};

struct BankHoliday
{
    QDate date;
    QString title;
    friend bool operator==(const BankHoliday &, const BankHoliday &) = default;
};

} // namespace idesk
