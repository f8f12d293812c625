#include "SchoolCalendar.h"

#include <QLocale>

#include <algorithm>

namespace idesk {

SchoolCalendar::SchoolCalendar(QList<Term> terms, QList<Closure> closures,
                               QList<BankHoliday> bankHolidays)
    : m_terms(std::move(terms))
    , m_closures(std::move(closures))
{
    std::sort(m_terms.begin(), m_terms.end(),
              [](const Term &a, const Term &b) { return a.period.from < b.period.from; });
    for (const auto &b : bankHolidays)
        m_bankHolidays.insert(b.date, b.title);
    // Whether each day from the first term to the last is open, worked out
    // once: the scheduler and the flags ask it for every day of every pairing.
    if (!m_terms.isEmpty()) {
        m_firstDay = m_terms.first().period.from.toJulianDay();
        qint64 last = m_firstDay;
        for (const Term &t : std::as_const(m_terms))
            last = std::max(last, t.period.to.toJulianDay());
        m_open.assign(size_t(last - m_firstDay + 1), false);
        for (const Term &t : std::as_const(m_terms)) {
            for (QDate d = t.period.from; d <= t.period.to; d = d.addDays(1))
                m_open[size_t(d.toJulianDay() - m_firstDay)] = d.dayOfWeek() <= 5;
        }
        for (const Closure &c : std::as_const(m_closures)) {
            for (QDate d = std::max(c.period.from, m_terms.first().period.from);
                 d.isValid() && d <= c.period.to && d.toJulianDay() <= last; d = d.addDays(1))
                m_open[size_t(d.toJulianDay() - m_firstDay)] = false;
        }
        for (auto it = m_bankHolidays.cbegin(); it != m_bankHolidays.cend(); ++it) {
            const qint64 at = it.key().toJulianDay() - m_firstDay;
            if (at >= 0 && at < qint64(m_open.size()))
                m_open[size_t(at)] = false;
        }
    }
}

QList<Term> SchoolCalendar::termsOf(const QString &academicYear) const
{
    QList<Term> list;
    for (const auto &t : m_terms) {
        if (t.academicYear == academicYear)
            list.append(t);
    }
    return list;
}

const Term *SchoolCalendar::termContaining(QDate day) const
{
    for (const auto &t : m_terms) {
        if (t.period.contains(day))
            return &t;
    }
    return nullptr;
}

const Term *SchoolCalendar::termByLabel(const QString &label) const
{
    for (const auto &t : m_terms) {
        if (t.label() == label)
            return &t;
    }
    return nullptr;
}

bool SchoolCalendar::isKnown(QDate day) const
{
    if (m_terms.isEmpty())
        return false;
    const QDate first = QDate(m_terms.first().period.from.year(), 9, 1)
                            .addMonths(m_terms.first().period.from.month() >= 9 ? 0 : -12);
    return day >= first && day <= m_terms.last().period.to;
}

QString SchoolCalendar::closedBecause(QDate day) const
{
    if (day.dayOfWeek() > 5)
        return QLocale(QLocale::English, QLocale::UnitedKingdom).dayName(day.dayOfWeek());
    if (const auto it = m_bankHolidays.constFind(day); it != m_bankHolidays.constEnd())
        return tr("Bank holiday (%1)").arg(*it);
    for (const auto &c : m_closures) {
        if (c.period.contains(day))
            return c.name.isEmpty() ? ClosureKinds::displayName(c.kind) : c.name;
    }
    if (!termContaining(day))
        return tr("Outside term");
    return {};
}

bool SchoolCalendar::isOpen(QDate day) const
{
    const qint64 at = day.toJulianDay() - m_firstDay;
    return at >= 0 && at < qint64(m_open.size()) && m_open[size_t(at)];
}

QList<QDate> SchoolCalendar::openDays(const DateRange &range) const
{
    QList<QDate> days;
    for (QDate d = range.from; d.isValid() && d <= range.to; d = d.addDays(1)) {
        if (isOpen(d))
            days.append(d);
    }
    return days;
}

QList<QDate> SchoolCalendar::schoolWeeks(const DateRange &range) const
{
    QList<QDate> weeks;
    for (const QDate &d : openDays(range)) {
        const QDate monday = mondayOf(d);
        if (weeks.isEmpty() || weeks.last() != monday)
            weeks.append(monday);
    }
    return weeks;
}

} // namespace idesk
