#pragma once

#include "calendar/SchoolCalendar.h"
#include "domain/Induction.h"

namespace idesk {

// One term an induction is credited with, and where its dates came from.
struct TermCredit
{
    QString academicYear; // "2025-26"
    TermKind kind = TermKind::Autumn;
    DateRange term;     // the term's first and last day
    DateRange counted;  // the part of it served
    double terms = 0;   // the credit: 1 for a whole term full time
    bool usual = false; // dates from the usual pattern, the calendar holding none
};

// Which year of induction an ECT is in on a day: terms served since the
// induction started (plus any served before), pro rata for part-time, over
// the school's terms where their dates are known and, for a year the
// calendar does not hold (an ECT who started before the school used
// InductionDesk), over the usual pattern of English terms: their likely
// first and last school days (early September to mid-December, early
// January to the Thursday before Good Friday, the second Monday after Easter
// to late July). An ECT employed from a term's first school day serves it
// whole. Year one lasts half the terms an induction takes (three, full time).
namespace InductionYear {
double termsServed(const Induction &induction, const SchoolCalendar &calendar, QDate day);
// The terms counted up to (not including) `day`, oldest first.
QList<TermCredit> credits(const Induction &induction, const SchoolCalendar &calendar, QDate day);
int yearOn(const Induction &induction, const SchoolCalendar &calendar, QDate day,
           double termsPerInduction);
// The usual pattern's terms for the academic year starting in September of `year`.
QList<DateRange> usualTerms(int year);
QDate easterSunday(int year);
} // namespace InductionYear

} // namespace idesk
