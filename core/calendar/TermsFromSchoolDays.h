#pragma once

#include "calendar/Term.h"

#include <QCoreApplication>

namespace idesk {

// Terms worked out from the days a school is open, for calendars that give
// no term dates: one event per school day or per week, or only the
// holidays. The terms are split by the longest break around Christmas and
// the longest around Easter (some councils fix the spring break whatever the
// date of Easter); a shorter break inside a term is its half term.
struct TermsFromSchoolDays
{
    QList<Term> terms;
    QList<Closure> breaks; // the weekdays between school days inside each term
    QString problem;       // why terms could not be told apart; empty when they could

    Q_DECLARE_TR_FUNCTIONS(TermsFromSchoolDays)
public:
    // `days`: the open weekdays of `academicYear`, sorted.
    static TermsFromSchoolDays split(const QString &academicYear, const QList<QDate> &days);
};

} // namespace idesk
