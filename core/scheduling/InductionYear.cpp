#include "InductionYear.h"

#include "util/Dates.h"

namespace idesk::InductionYear {

namespace {
using Dates::firstWeekdayFrom;
using Dates::lastWeekdayUntil;

QDate firstMondayFrom(QDate day)
{
    return day.addDays((8 - day.dayOfWeek()) % 7);
}

// A usual term's first day is a guess: a start in its first week is taken
// as the term's first school day.
constexpr int UsualStartSlack = 6;
} // namespace

QDate easterSunday(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    return QDate(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
}

QList<DateRange> usualTerms(int year)
{
    const QDate easter = easterSunday(year + 1);
    // A Christmas break that would start on a Monday or Tuesday starts the
    // Friday before.
    QDate autumnEnd = lastWeekdayUntil(QDate(year, 12, 20));
    if (autumnEnd.dayOfWeek() <= 2)
        autumnEnd = autumnEnd.addDays(-(autumnEnd.dayOfWeek() + 2));
    return {{firstWeekdayFrom(QDate(year, 9, 1)), autumnEnd},
            {firstMondayFrom(QDate(year + 1, 1, 2)), easter.addDays(-3)},
            {easter.addDays(8), lastWeekdayUntil(QDate(year + 1, 7, 22))}};
}

QList<TermCredit> credits(const Induction &induction, const SchoolCalendar &calendar, QDate day)
{
    QList<TermCredit> out;
    if (!induction.start.isValid() || day <= induction.start)
        return out;
    for (int year = Dates::academicYearStart(induction.start).year();
         year <= Dates::academicYearStart(day).year(); ++year) {
        const QString label =
            QStringLiteral("%1-%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
        QList<std::pair<TermKind, DateRange>> terms;
        for (const Term &t : calendar.termsOf(label))
            terms.append({t.kind, t.period});
        const bool usual = terms.isEmpty();
        if (usual) {
            const QList<DateRange> pattern = usualTerms(year);
            terms = {{TermKind::Autumn, pattern.at(0)},
                     {TermKind::Spring, pattern.at(1)},
                     {TermKind::Summer, pattern.at(2)}};
        }
        for (const auto &[kind, t] : std::as_const(terms)) {
            QDate from = std::max(t.from, induction.start);
            const QDate to = std::min(t.to, day.addDays(-1));
            if (to < from)
                continue;
            // Employed from the term's first school day, the term is served
            // whole (INSET days before it, or a guessed first day, do not cut it).
            QDate firstSchoolDay = t.from;
            if (usual) {
                firstSchoolDay = t.from.addDays(UsualStartSlack);
            } else {
                while (firstSchoolDay < t.to && !calendar.isOpen(firstSchoolDay))
                    firstSchoolDay = firstSchoolDay.addDays(1);
            }
            if (induction.start <= firstSchoolDay)
                from = t.from;
            out.append(
                {label,
                 kind,
                 t,
                 {from, to},
                 induction.fte * double(from.daysTo(to) + 1) / double(t.from.daysTo(t.to) + 1),
                 usual});
        }
    }
    return out;
}

double termsServed(const Induction &induction, const SchoolCalendar &calendar, QDate day)
{
    double served = induction.priorTerms;
    for (const TermCredit &c : credits(induction, calendar, day))
        served += c.terms;
    return served;
}

int yearOn(const Induction &induction, const SchoolCalendar &calendar, QDate day,
           double termsPerInduction)
{
    return termsServed(induction, calendar, day) < termsPerInduction / 2.0 - 1e-9 ? 1 : 2;
}

} // namespace idesk::InductionYear
