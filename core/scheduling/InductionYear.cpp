#include "InductionYear.h"

#include "util/Dates.h"

namespace idesk::InductionYear {

namespace {
QDate easterSunday(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    return QDate(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
}
} // namespace

QList<DateRange> usualTerms(int year)
{
    const QDate easter = easterSunday(year + 1);
    return {{QDate(year, 9, 1), QDate(year, 12, 31)},
            {QDate(year + 1, 1, 1), easter.addDays(-1)},
            {easter, QDate(year + 1, 7, 31)}};
}

double termsServed(const Induction &induction, const SchoolCalendar &calendar, QDate day)
{
    double served = induction.priorTerms;
    if (!induction.start.isValid() || day <= induction.start)
        return served;
    for (int year = Dates::academicYearStart(induction.start).year();
         year <= Dates::academicYearStart(day).year(); ++year) {
        QList<DateRange> terms;
        for (const Term &t : calendar.termsOf(
                 QStringLiteral("%1-%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'))))
            terms.append(t.period);
        if (terms.isEmpty())
            terms = usualTerms(year);
        for (const DateRange &t : std::as_const(terms)) {
            const QDate from = std::max(t.from, induction.start);
            const QDate to = std::min(t.to, day.addDays(-1));
            if (to < from)
                continue;
            // Each term counts whole when served whole; part of it by its days.
            served += induction.fte * double(from.daysTo(to) + 1) / double(t.from.daysTo(t.to) + 1);
        }
    }
    return served;
}

int yearOn(const Induction &induction, const SchoolCalendar &calendar, QDate day,
           double termsPerInduction)
{
    return termsServed(induction, calendar, day) < termsPerInduction / 2.0 - 1e-9 ? 1 : 2;
}

} // namespace idesk::InductionYear
