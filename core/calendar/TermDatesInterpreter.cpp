#include "TermDatesInterpreter.h"

#include "calendar/CalendarWording.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/TermsFromSchoolDays.h"
#include "util/Dates.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace idesk {

namespace {

using Kind = EventMeaning::Kind;

struct Edge
{
    QDate day;
    int line = 0;
};

// What the events say of one term of one year.
struct TermParts
{
    QList<std::pair<DateRange, int>> spans; // with the line of each
    Edge start, end;                        // from start and end events
    QList<QDate> starts, ends;              // every start and end, halves too
};

// A term as built, with the lines it came from (for refusals).
struct BuiltTerm
{
    Term term;
    int line = 0;
};

using Dates::firstWeekdayFrom;
using Dates::lastWeekdayUntil;

DateRange academicYearSpan(const QString &year)
{
    const int first = year.left(4).toInt();
    return {QDate(first, 8, 1), QDate(first + 1, 8, 31)};
}

QString termName(TermKind kind)
{
    return TermKinds::displayName(kind).toLower();
}

// The weekdays a calendar of school days or school weeks marks as open:
// groups of at least 15 events of one repeated name ("Term day (Week 3)",
// "Week A"), each a day or a week. A weekly marker on one day stands for
// its Monday-to-Friday week.
struct MarkedDays
{
    QMap<QString, QSet<QDate>> byYear;
    QMap<QString, int> firstLine;
    QSet<qsizetype> events; // indexes of the events used as markers
};

MarkedDays markedDays(const QList<IcsEvent> &events)
{
    QHash<QString, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const IcsEvent &e = events.at(i);
        if (e.recurring || !e.kind.isEmpty() || e.days.from.daysTo(e.days.to) > 6)
            continue;
        const QString name = CalendarWording::markerName(e.summary);
        if (!name.isEmpty())
            groups[name].append(i);
    }
    MarkedDays out;
    for (const QList<qsizetype> &group : std::as_const(groups)) {
        if (group.size() < 15)
            continue;
        QList<QDate> starts;
        for (qsizetype i : group)
            starts.append(events.at(i).days.from);
        std::sort(starts.begin(), starts.end());
        QList<qint64> gaps;
        for (qsizetype i = 1; i < starts.size(); ++i)
            gaps.append(starts.at(i - 1).daysTo(starts.at(i)));
        std::sort(gaps.begin(), gaps.end());
        const bool weekly = !gaps.isEmpty() && gaps.at(gaps.size() / 2) >= 5;
        for (qsizetype i : group) {
            const IcsEvent &e = events.at(i);
            DateRange days = e.days;
            if (weekly && days.from == days.to)
                days = {SchoolCalendar::mondayOf(days.from),
                        SchoolCalendar::mondayOf(days.from).addDays(4)};
            for (QDate d = days.from; d <= days.to; d = d.addDays(1)) {
                if (d.dayOfWeek() > 5)
                    continue;
                const QString year = TermDatesInterpreter::academicYearOf(d);
                out.byYear[year].insert(d);
                int &line = out.firstLine[year];
                line = line == 0 ? e.line : std::min(line, e.line);
            }
            out.events.insert(i);
        }
    }
    return out;
}

// Whether a weekday falls in a holiday or half term of the file.
bool inBreak(QDate day, const QList<Closure> &breaks)
{
    return std::any_of(breaks.cbegin(), breaks.cend(),
                       [&](const Closure &c) { return c.period.contains(day); });
}

} // namespace

QString TermDatesInterpreter::academicYearOf(QDate day)
{
    return Dates::academicYearLabel(day.month() == 8 && day.day() >= 15 ? day.addDays(21) : day);
}

Result<TermDatesReading> TermDatesInterpreter::interpret(const QList<IcsEvent> &events,
                                                         const QString &fileName,
                                                         const QList<BankHoliday> &bankHolidays)
{
    TermDatesReading reading;
    const MarkedDays marked = markedDays(events);
    QMap<QString, QMap<TermKind, TermParts>> parts; // year -> term -> parts
    QMap<QString, QList<Closure>> closures;
    QMap<QString, int> closureLine; // the first line of a year's closures
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (marked.events.contains(i))
            continue;
        const IcsEvent &e = events.at(i);
        const QString where = tr("%1, line %2, \"%3\"").arg(fileName).arg(e.line).arg(e.summary);
        if (e.recurring) {
            reading.ignored.append(
                tr("%1: not used, because it repeats and term dates do not").arg(where));
            continue;
        }
        const EventMeaning m = CalendarWording::read(e);
        const QString year = academicYearOf(e.days.from);
        const auto season = [&](bool starting) {
            return m.season ? *m.season
                            : CalendarWording::seasonByMonth(starting ? e.days.from : e.days.to,
                                                             starting);
        };
        if (m.alsoInset || m.kind == Kind::Closure) {
            closures[year].append(
                {0, year, m.alsoInset ? ClosureKind::Inset : m.closure, e.summary, e.days});
            if (!closureLine.contains(year))
                closureLine.insert(year, e.line);
        }
        switch (m.kind) {
        case Kind::Unknown:
            reading.ignored.append(tr("%1: not used, because %2").arg(where, m.why));
            break;
        case Kind::Closure:
            break;
        case Kind::TermSpan:
            parts[year][season(true)].spans.append({e.days, e.line});
            break;
        case Kind::TermStart: {
            // The earliest start is the term's; later ones begin its second half.
            TermParts &p = parts[year][season(true)];
            p.starts.append(e.days.from);
            if (!m.halfTermEdge && (!p.start.day.isValid() || e.days.from < p.start.day))
                p.start = {e.days.from, e.line};
            break;
        }
        case Kind::TermEnd: {
            // "Term ends" may be listed against the next academic year when
            // written late in August; the end belongs with its own term's year.
            TermParts &p = parts[academicYearOf(e.days.to)][season(false)];
            p.ends.append(e.days.to);
            if (!m.halfTermEdge && (!p.end.day.isValid() || e.days.to > p.end.day))
                p.end = {e.days.to, e.line};
            break;
        }
        }
    }

    // Holidays of the whole file bound terms whose edge is not given: the
    // summer holiday is listed in one year and ends in the next.
    QList<Closure> holidays, breaks;
    for (const QList<Closure> &list : std::as_const(closures)) {
        for (const Closure &c : list) {
            if (c.kind == ClosureKind::Holiday && c.period.from.daysTo(c.period.to) >= 3)
                holidays.append(c);
            if ((c.kind == ClosureKind::Holiday || c.kind == ClosureKind::HalfTerm) &&
                c.period.from.daysTo(c.period.to) >= 2)
                breaks.append(c);
        }
    }
    const auto byStart = [](const Closure &a, const Closure &b) {
        return a.period.from < b.period.from;
    };
    std::sort(holidays.begin(), holidays.end(), byStart);

    QStringList years = parts.keys();
    for (const QString &y : marked.byYear.keys() + closures.keys()) {
        if (!years.contains(y))
            years.append(y);
    }
    std::sort(years.begin(), years.end());
    QList<Closure> allClosures;
    for (const QList<Closure> &list : std::as_const(closures))
        allClosures += list;

    for (const QString &year : std::as_const(years)) {
        CalendarYearDraft draft{year, {}, closures.value(year)};
        QList<BuiltTerm> built;
        // A gap inside a term that no closure of the file covers is its half term.
        const auto addHalfTerm = [&](TermKind kind, const DateRange &gap) {
            const bool covered =
                std::any_of(draft.closures.cbegin(), draft.closures.cend(),
                            [&](const Closure &c) { return c.period.overlaps(gap); });
            if (!covered)
                draft.closures.append(
                    {0, year, ClosureKind::HalfTerm,
                     tr("%1 half term")
                         .arg(TermKinds::displayName(kind).section(QLatin1Char(' '), 0, 0)),
                     gap});
        };
        if (parts.contains(year)) {
            for (auto kind : {TermKind::Autumn, TermKind::Spring, TermKind::Summer}) {
                TermParts p = parts.value(year).value(kind);
                const QString name = termName(kind);
                Edge from = p.start, to = p.end;
                std::sort(p.spans.begin(), p.spans.end(),
                          [](const auto &a, const auto &b) { return a.first.from < b.first.from; });
                if (!p.spans.isEmpty()) {
                    if (!from.day.isValid())
                        from = {p.spans.first().first.from, p.spans.first().second};
                    if (!to.day.isValid()) {
                        for (const auto &[span, line] : std::as_const(p.spans)) {
                            if (!to.day.isValid() || span.to > to.day)
                                to = {span.to, line};
                        }
                    }
                }
                if (!from.day.isValid() && !to.day.isValid())
                    continue;
                if (!to.day.isValid()) {
                    // The term runs until the next holiday.
                    for (const auto &h : std::as_const(holidays)) {
                        if (h.period.from > from.day) {
                            to = {lastWeekdayUntil(h.period.from.addDays(-1)), from.line};
                            break;
                        }
                    }
                    if (!to.day.isValid()) {
                        reading.notes.append(
                            tr("%1: the %2 starts on %3 (line %4) but neither its last day nor "
                               "a holiday after it was found; it is not used")
                                .arg(year, name, Dates::uk(from.day))
                                .arg(from.line));
                        continue;
                    }
                    reading.notes.append(
                        tr("%1: the %2's last day was not given; taken as %3, before the holiday")
                            .arg(year, name, Dates::uk(to.day)));
                }
                if (!from.day.isValid()) {
                    for (auto it = holidays.crbegin(); it != holidays.crend(); ++it) {
                        if (it->period.to < to.day) {
                            from = {firstWeekdayFrom(it->period.to.addDays(1)), to.line};
                            break;
                        }
                    }
                    if (!from.day.isValid()) {
                        reading.notes.append(
                            tr("%1: the %2 ends on %3 (line %4) but neither its first day nor a "
                               "holiday before it was found; it is not used")
                                .arg(year, name, Dates::uk(to.day))
                                .arg(to.line));
                        continue;
                    }
                    reading.notes.append(
                        tr("%1: the %2's first day was not given; taken as %3, after the holiday")
                            .arg(year, name, Dates::uk(from.day)));
                }
                if (to.day < from.day)
                    return Error::in(Place{fileName, to.line, 0, {}, {}},
                                     tr("the %1 of %2 ends on %3, before it starts on %4 "
                                        "(line %5)")
                                         .arg(name, year, Dates::uk(to.day), Dates::uk(from.day))
                                         .arg(from.line));
                Term term;
                term.academicYear = year;
                term.kind = kind;
                term.period = {from.day, to.day};
                built.append({term, from.line});
                // "Pupils break up" then "All resume" inside a term: the
                // weekdays between are its half term.
                std::sort(p.starts.begin(), p.starts.end());
                for (const QDate &end : std::as_const(p.ends)) {
                    if (end < from.day || end >= to.day)
                        continue;
                    const auto next = std::upper_bound(p.starts.cbegin(), p.starts.cend(), end);
                    if (next == p.starts.cend() || *next > to.day)
                        continue;
                    const QDate gapFrom = firstWeekdayFrom(end.addDays(1));
                    const QDate gapTo = lastWeekdayUntil(next->addDays(-1));
                    if (gapFrom > gapTo || gapFrom.daysTo(gapTo) < 2)
                        continue;
                    addHalfTerm(kind, {gapFrom, gapTo});
                }
                // Halves of a term given separately leave the half term between them.
                for (qsizetype i = 1; i < p.spans.size(); ++i) {
                    const QDate gapFrom = p.spans.at(i - 1).first.to.addDays(1);
                    const QDate gapTo = p.spans.at(i).first.from.addDays(-1);
                    if (gapFrom > gapTo || firstWeekdayFrom(gapFrom) > gapTo)
                        continue;
                    addHalfTerm(kind, {gapFrom, gapTo});
                }
            }
        } else {
            // No term is named: the school days listed, or the weekdays
            // outside the holidays, are split into terms.
            const bool fromDays = marked.byYear.contains(year);
            QList<QDate> days;
            if (fromDays) {
                days = marked.byYear.value(year).values();
            } else {
                const int first = year.left(4).toInt();
                for (QDate d(first, 9, 1); d <= QDate(first + 1, 8, 31); d = d.addDays(1)) {
                    if (d.dayOfWeek() <= 5 && !inBreak(d, breaks))
                        days.append(d);
                }
            }
            std::sort(days.begin(), days.end());
            const TermsFromSchoolDays split = TermsFromSchoolDays::split(year, days);
            const int line = fromDays ? marked.firstLine.value(year) : closureLine.value(year);
            if (fromDays && !split.problem.isEmpty())
                return Error::in(Place{fileName, line, 0, {}, {}},
                                 tr("%1: %2").arg(year, split.problem));
            if (!fromDays && (!split.problem.isEmpty() || split.terms.size() < 3)) {
                if (!draft.closures.isEmpty())
                    reading.notes.append(
                        tr("%1: %n closure(s) but no term dates, and too few holidays to work "
                           "the terms out from; this year is not used",
                           nullptr, int(draft.closures.size()))
                            .arg(year));
                continue;
            }
            for (const Term &t : split.terms)
                built.append({t, line});
            if (fromDays) {
                for (const Closure &b : split.breaks) {
                    // A bank holiday is closed already; it needs no closure.
                    bool bankOnly = true;
                    for (QDate d = b.period.from; d <= b.period.to; d = d.addDays(1)) {
                        if (d.dayOfWeek() <= 5 &&
                            std::none_of(bankHolidays.cbegin(), bankHolidays.cend(),
                                         [&](const BankHoliday &h) { return h.date == d; }))
                            bankOnly = false;
                    }
                    const bool covered =
                        bankOnly ||
                        std::any_of(draft.closures.cbegin(), draft.closures.cend(),
                                    [&](const Closure &c) { return c.period.overlaps(b.period); });
                    if (!covered)
                        draft.closures.append(b);
                }
            }
            QStringList termsText;
            for (const Term &t : split.terms)
                termsText.append(
                    tr("%1 %2 to %3")
                        .arg(termName(t.kind), Dates::uk(t.period.from), Dates::uk(t.period.to)));
            reading.notes.append(
                fromDays ? tr("%1: no term dates are given; the terms were inferred from the "
                              "%n school day(s) listed (from line %2): %3",
                              nullptr, int(days.size()))
                               .arg(year)
                               .arg(line)
                               .arg(termsText.join(QStringLiteral("; ")))
                         : tr("%1: no term dates are given; the terms were inferred as the open "
                              "weeks between the holidays: %2")
                               .arg(year, termsText.join(QStringLiteral("; "))));
        }
        if (built.isEmpty()) {
            if (!draft.closures.isEmpty())
                reading.notes.append(tr("%1: %n closure(s) but no term dates; this year is not "
                                        "used",
                                        nullptr, int(draft.closures.size()))
                                         .arg(year));
            continue;
        }
        // A year whose terms cannot all be true refuses the whole file.
        const DateRange span = academicYearSpan(year);
        for (qsizetype i = 0; i < built.size(); ++i) {
            const Term &t = built.at(i).term;
            if (!span.contains(t.period.from) || !span.contains(t.period.to))
                return Error::in(Place{fileName, built.at(i).line, 0, {}, {}},
                                 tr("the %1 (%2 to %3) is not in the academic year %4")
                                     .arg(termName(t.kind), Dates::uk(t.period.from),
                                          Dates::uk(t.period.to), year));
            for (qsizetype j = 0; j < i; ++j) {
                const Term &o = built.at(j).term;
                if (o.period.overlaps(t.period))
                    return Error::in(
                        Place{fileName, built.at(i).line, 0, {}, {}},
                        tr("the %1 (%2 to %3) overlaps the %4 (%5 to %6, from line %7): the "
                           "calendar's wording was not understood the way it was meant, so "
                           "nothing is saved")
                            .arg(termName(t.kind), Dates::uk(t.period.from), Dates::uk(t.period.to),
                                 termName(o.kind), Dates::uk(o.period.from), Dates::uk(o.period.to))
                            .arg(built.at(j).line));
            }
            draft.terms.append(t);
        }
        std::sort(draft.closures.begin(), draft.closures.end(), byStart);
        reading.years.append(draft);
    }

    // What is likely wrong, for the user to confirm.
    for (const CalendarYearDraft &y : std::as_const(reading.years)) {
        if (y.terms.size() < 3) {
            QStringList names;
            for (const Term &t : y.terms)
                names.append(termName(t.kind));
            reading.warnings.append(tr("%1: only %n term(s) were found (%2); a school year has "
                                       "three",
                                       nullptr, int(y.terms.size()))
                                        .arg(y.academicYear, names.join(QStringLiteral(", "))));
        }
        const SchoolCalendar calendar(y.terms, allClosures, bankHolidays);
        for (const Term &t : y.terms) {
            const int days = calendar.schoolDayCount(t);
            if (days < FewestSchoolDays || days > MostSchoolDays)
                reading.warnings.append(
                    tr("%1: the %2 (%3 to %4) has %n school day(s); a term usually has "
                       "between %5 and %6",
                       nullptr, days)
                        .arg(y.academicYear, termName(t.kind), Dates::uk(t.period.from),
                             Dates::uk(t.period.to))
                        .arg(FewestSchoolDays)
                        .arg(MostSchoolDays));
        }
    }
    if (reading.isEmpty()) {
        QString why =
            tr("no term dates were found (%n event(s) read)", nullptr, int(events.size()));
        if (!reading.notes.isEmpty())
            why += QLatin1Char('\n') + reading.notes.join(QLatin1Char('\n'));
        return Error::in(Place{fileName, 0, 0, {}, {}}, why);
    }
    return reading;
}

} // namespace idesk
