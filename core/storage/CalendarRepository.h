#pragma once

#include "calendar/Term.h"
#include "calendar/YearDates.h"
#include "storage/Database.h"

namespace idesk {

// Term dates, closures and bank holidays.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)
public:
    explicit CalendarRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<Term>> terms() const;
    Result<QList<Closure>> closures() const;
    // One academic year's terms and closures; every year's for an empty name.
    Result<YearDates> yearDates(const QString &academicYear) const;
    // The imported list, or the one shipped with the app until a file is imported.
    Result<QList<BankHoliday>> bankHolidays() const;
    Status setBankHolidays(const QList<BankHoliday> &holidays);
    // Only those stored (bankHolidays() falls back to the shipped list).
    Result<QList<BankHoliday>> storedBankHolidays() const;

    // Replaces one academic year's terms and closures with these, in one
    // transaction; other years are untouched.
    Status replaceYear(const QString &academicYear, const QList<Term> &terms,
                       const QList<Closure> &closures);
    // Takes a year's terms and closures out (an undo of its first import).
    Status clearYear(const QString &academicYear);
    static Status validateYear(const QString &academicYear, const QList<Term> &terms,
                               const QList<Closure> &closures);

private:
    Database &m_db;
};

} // namespace idesk
