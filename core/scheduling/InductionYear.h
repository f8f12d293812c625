#pragma once

#include "calendar/SchoolCalendar.h"
#include "domain/Induction.h"

namespace idesk {

// Which year of induction an ECT is in on a day: terms served since the
// induction started (plus any served before), pro rata for part-time, over
// the school's terms where their dates are known and the usual pattern
// (September to December, January to Easter, Easter to July) before that.
// Year one lasts half the terms an induction takes (three, full time).
namespace InductionYear {
double termsServed(const Induction &induction, const SchoolCalendar &calendar, QDate day);
int yearOn(const Induction &induction, const SchoolCalendar &calendar, QDate day,
           double termsPerInduction);
// The usual pattern's terms for the academic year starting in September of `year`.
QList<DateRange> usualTerms(int year);
} // namespace InductionYear

} // namespace idesk
