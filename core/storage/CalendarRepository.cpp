#include "CalendarRepository.h"

#include "calendar/BankHolidaysFile.h"
#include "util/Dates.h"

namespace idesk {

Result<QList<Term>> CalendarRepository::terms() const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, academic_year, kind, start_date, end_date FROM term"
                                 " ORDER BY start_date"));
    if (!q)
        return q.error();
    QList<Term> list;
    while (q->next()) {
        const auto kind = TermKinds::fromKey(q->value(2).toString());
        if (!kind)
            continue;
        list.append({q->value(0).toLongLong(),
                     q->value(1).toString(),
                     *kind,
                     {Dates::fromDb(q->value(3)), Dates::fromDb(q->value(4))}});
    }
    return list;
}

Result<QList<Closure>> CalendarRepository::closures() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, academic_year, kind, name, start_date, end_date"
                                      " FROM closure ORDER BY start_date, id"));
    if (!q)
        return q.error();
    QList<Closure> list;
    while (q->next()) {
        list.append({q->value(0).toLongLong(),
                     q->value(1).toString(),
                     ClosureKinds::fromKey(q->value(2).toString()).value_or(ClosureKind::Other),
                     q->value(3).toString(),
                     {Dates::fromDb(q->value(4)), Dates::fromDb(q->value(5))}});
    }
    return list;
}

Result<YearDates> CalendarRepository::yearDates(const QString &year) const
{
    auto t = terms();
    if (!t)
        return t.error();
    auto c = closures();
    if (!c)
        return c.error();
    YearDates d;
    for (const Term &term : std::as_const(*t)) {
        if (year.isEmpty() || term.academicYear == year)
            d.terms.append(term);
    }
    for (const Closure &closure : std::as_const(*c)) {
        if (year.isEmpty() || closure.academicYear == year)
            d.closures.append(closure);
    }
    return d;
}

Result<QList<BankHoliday>> CalendarRepository::bankHolidays() const
{
    auto stored = storedBankHolidays();
    if (!stored)
        return stored.error();
    return stored->isEmpty() ? BankHolidaysFile::shipped() : *stored;
}

Result<QList<BankHoliday>> CalendarRepository::storedBankHolidays() const
{
    auto q = m_db.exec(QStringLiteral("SELECT day, title FROM bank_holiday ORDER BY day"));
    if (!q)
        return q.error();
    QList<BankHoliday> list;
    while (q->next())
        list.append({Dates::fromDb(q->value(0)), q->value(1).toString()});
    return list;
}

Status CalendarRepository::setBankHolidays(const QList<BankHoliday> &holidays)
{
    return m_db.write([&]() -> Status {
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM bank_holiday")); !r)
            return r.error();
        for (const auto &b : holidays) {
            // A file may list a date twice (two divisions merged by hand): keep one.
            auto r = m_db.exec(QStringLiteral("INSERT INTO bank_holiday (day, title) VALUES (?, ?)"
                                              " ON CONFLICT (day) DO NOTHING"),
                               {Dates::toDb(b.date), b.title});
            if (!r)
                return r.error();
        }
        return Status::success();
    });
}

Status CalendarRepository::validateYear(const QString &year, const QList<Term> &terms,
                                        const QList<Closure> &closures)
{
    if (terms.isEmpty())
        return Error::invalid(tr("No terms were given for %1").arg(year));
    const QDate yearStart =
        QDate(year.left(4).toInt(), 9, 1).addMonths(-1); // August starts are allowed
    const QDate yearEnd = QDate(year.left(4).toInt() + 1, 8, 31);
    for (const auto &t : terms) {
        if (!t.period.isValid() || t.period.isOpenEnded())
            return Error::invalid(tr("The %1 needs a first and a last day, in order")
                                      .arg(TermKinds::displayName(t.kind).toLower()));
        if (t.period.from < yearStart || t.period.to > yearEnd)
            return Error::invalid(tr("The %1 (%2 to %3) is not in the academic year %4")
                                      .arg(TermKinds::displayName(t.kind).toLower(),
                                           Dates::uk(t.period.from), Dates::uk(t.period.to), year));
        for (const auto &other : terms) {
            if (&other != &t && other.kind == t.kind)
                return Error::invalid(tr("%1 is given twice").arg(TermKinds::displayName(t.kind)));
            if (&other != &t && other.period.overlaps(t.period))
                return Error::invalid(tr("The %1 and the %2 overlap")
                                          .arg(TermKinds::displayName(t.kind).toLower(),
                                               TermKinds::displayName(other.kind).toLower()));
        }
    }
    for (const auto &c : closures) {
        if (!c.period.isValid() || c.period.isOpenEnded())
            return Error::invalid(
                tr("The closure \"%1\" needs a first and a last day, in order").arg(c.name));
    }
    return Status::success();
}

Status CalendarRepository::replaceYear(const QString &year, const QList<Term> &terms,
                                       const QList<Closure> &closures)
{
    if (auto s = validateYear(year, terms, closures); !s)
        return s;
    return m_db.write([&]() -> Status {
        for (const QString &table : {QStringLiteral("term"), QStringLiteral("closure")}) {
            if (auto r = m_db.exec(
                    QStringLiteral("DELETE FROM %1 WHERE academic_year = ?").arg(table), {year});
                !r)
                return r.error();
        }
        for (const auto &t : terms) {
            auto r = m_db.insertRow(QStringLiteral("term"),
                                    {QStringLiteral("academic_year"), QStringLiteral("kind"),
                                     QStringLiteral("start_date"), QStringLiteral("end_date")},
                                    {year, TermKinds::key(t.kind), Dates::toDb(t.period.from),
                                     Dates::toDb(t.period.to)},
                                    t.id);
            if (!r)
                return r.error();
        }
        for (const auto &c : closures) {
            auto r = m_db.insertRow(QStringLiteral("closure"),
                                    {QStringLiteral("academic_year"), QStringLiteral("kind"),
                                     QStringLiteral("name"), QStringLiteral("start_date"),
                                     QStringLiteral("end_date")},
                                    {year, ClosureKinds::key(c.kind), c.name,
                                     Dates::toDb(c.period.from), Dates::toDb(c.period.to)},
                                    c.id);
            if (!r)
                return r.error();
        }
        return Status::success();
    });
}

Status CalendarRepository::clearYear(const QString &year)
{
    return m_db.write([&]() -> Status {
        for (const QString &table : {QStringLiteral("term"), QStringLiteral("closure")}) {
            if (auto r = m_db.exec(
                    QStringLiteral("DELETE FROM %1 WHERE academic_year = ?").arg(table), {year});
                !r)
                return r.error();
        }
        return Status::success();
    });
}

} // namespace idesk
