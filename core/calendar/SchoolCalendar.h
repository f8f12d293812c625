#pragma once

#include "Term.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <vector>

namespace idesk {

// When the school is open for mentoring. A day is open when it is a weekday
// inside a term and not a half term, holiday, INSET day, bank holiday or other
// closure. Weeks start on Monday.
class SchoolCalendar
{
    Q_DECLARE_TR_FUNCTIONS(SchoolCalendar)
public:
    SchoolCalendar() = default;
    SchoolCalendar(QList<Term> terms, QList<Closure> closures, QList<BankHoliday> bankHolidays);

    const QList<Term> &terms() const { return m_terms; }
    const QList<Closure> &closures() const { return m_closures; }
    QList<Term> termsOf(const QString &academicYear) const;
    const Term *termContaining(QDate day) const;
    const Term *termByLabel(const QString &label) const; // "autumn-2026"
    bool isKnown(QDate day) const; // inside an academic year that has term dates

    bool isOpen(QDate day) const;
    bool isBankHoliday(QDate day) const { return m_bankHolidays.contains(day); }
    // Why a day is closed, in words ("Half term", "Saturday"); empty when open.
    QString closedBecause(QDate day) const;
    QList<QDate> openDays(const DateRange &range) const;
    // The Mondays of the weeks in `range` that have at least one open day.
    QList<QDate> schoolWeeks(const DateRange &range) const;
    int schoolDayCount(const Term &term) const { return int(openDays(term.period).size()); }

    static QDate mondayOf(QDate day) { return day.addDays(1 - day.dayOfWeek()); }

private:
    QList<Term> m_terms;
    QList<Closure> m_closures;
    QHash<QDate, QString> m_bankHolidays;
    qint64 m_firstDay = 0;    // Julian day of the first term's first day
    std::vector<bool> m_open; // from m_firstDay to the last term's last day
};

} // namespace idesk
