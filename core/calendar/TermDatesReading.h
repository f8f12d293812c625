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
    // Things filled in or missing that the user should look at.
    QStringList warnings;

    bool isEmpty() const { return years.isEmpty(); }
};

} // namespace idesk
