#pragma once

#include "calendar/Term.h"

#include <QStringList>

namespace idesk {

// One academic year's term dates as understood from a file, before saving.
struct CalendarYearDraft
{
    QString academicYear; // "2026-27"
    QList<Term> terms;
    QList<Closure> closures;
};

// What was understood from a published calendar, for the user to check.
struct TermDatesReading
{
    QList<CalendarYearDraft> years;
    // Events that were not used, each with where and why.
    QStringList ignored;
    // What looks wrong (a year with fewer than three terms, a term of a
    // suspicious length): saving it needs the user's word.
    QStringList warnings;
    // What was worked out rather than read (a term's missing last day, terms
    // inferred from the holidays), for the user to see.
    QStringList notes;

    bool isEmpty() const { return years.isEmpty(); }
};

} // namespace idesk
