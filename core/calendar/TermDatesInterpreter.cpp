#include "TermDatesInterpreter.h"

#include "util/Dates.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace idesk {

namespace {

enum class Reading
{
    Closure,
    TermSpan,
    TermStart,
    TermEnd,
    Unknown
};

struct Understood
{
    Reading reading = Reading::Unknown;
    ClosureKind closure = ClosureKind::Other;
    std::optional<TermKind> term;
    QString why; // for Unknown
};

bool has(const QString &text, const char *pattern)
{
    return QRegularExpression(QLatin1String(pattern)).match(text).hasMatch();
}

std::optional<TermKind> seasonIn(const QString &t)
{
    if (has(t, "\\b(autumn|michaelmas|fall)\\b"))
        return TermKind::Autumn;
    if (has(t, "\\b(spring|lent)\\b"))
        return TermKind::Spring;
    if (has(t, "\\b(summer|trinity)\\b"))
        return TermKind::Summer;
    return std::nullopt;
}

// A term named without its season: the month tells it. A term that ends in
// April is the spring term (Easter), one that starts then is the summer term.
TermKind seasonByMonth(QDate day, bool starting)
{
    const int m = day.month();
    if (m >= 8 && m <= 12)
        return TermKind::Autumn;
    if (m <= 2)
        return TermKind::Spring;
    if (m == 3)
        return starting ? TermKind::Summer : TermKind::Spring;
    if (m == 4)
        return starting ? TermKind::Summer : TermKind::Spring;
    return TermKind::Summer;
}

Understood fromOwnKind(const QString &kind)
{
    const QStringList parts = kind.split(QLatin1Char(':'));
    Understood u;
    if (parts.size() == 2 && parts.first() == QLatin1String("term")) {
        if (auto t = TermKinds::fromKey(parts.at(1))) {
            u.reading = Reading::TermSpan;
            u.term = t;
        }
    } else if (parts.size() == 2 && parts.first() == QLatin1String("closure")) {
        if (auto c = ClosureKinds::fromKey(parts.at(1))) {
            u.reading = Reading::Closure;
            u.closure = *c;
        }
    }
    return u;
}

Understood understand(const IcsEvent &e)
{
    if (!e.kind.isEmpty()) {
        Understood own = fromOwnKind(e.kind);
        if (own.reading != Reading::Unknown)
            return own;
    }
    const QString t =
        (e.summary + QLatin1Char(' ') + e.categories.join(QLatin1Char(' '))).toLower().simplified();
    Understood u;
    if (has(t, "\\binset\\b|training day|staff development|professional development day|"
               "\\bpd day\\b|teacher day|non[- ]pupil day|staff day")) {
        u.reading = Reading::Closure;
        u.closure = ClosureKind::Inset;
    } else if (has(t, "bank holiday|\\bmay day\\b|good friday|easter monday|christmas day|"
                      "boxing day|new year'?s day|coronation|jubilee")) {
        u.reading = Reading::Closure;
        u.closure = ClosureKind::BankHoliday;
    } else if (has(t, "half[- ]?term")) {
        u.reading = Reading::Closure;
        u.closure = ClosureKind::HalfTerm;
    } else if (has(t, "\\bterm\\b|\\b(autumn|spring|summer)\\s*[12]\\b")) {
        u.term = seasonIn(t);
        const bool starts =
            has(t, "\\b(starts?|begins?|beginning|opens?|first day|start of|commences?|"
                   "returns?|back)\\b");
        const bool ends = has(t, "\\b(ends?|finish(es)?|last day|end of|closes?|breaks? up)\\b");
        const bool long_ = e.days.from.daysTo(e.days.to) >= 10;
        if (long_)
            u.reading = Reading::TermSpan;
        else if (starts && !ends)
            u.reading = Reading::TermStart;
        else if (ends && !starts)
            u.reading = Reading::TermEnd;
        else
            u.why = TermDatesInterpreter::tr("it names a term but not whether it starts or ends");
        if (!u.term && u.reading != Reading::Unknown)
            u.term = seasonByMonth(u.reading == Reading::TermEnd ? e.days.to : e.days.from,
                                   u.reading != Reading::TermEnd);
    } else if (has(t, "holiday|\\bbreak\\b|vacation") ||
               (has(t, "\\b(christmas|easter)\\b") && e.days.from.daysTo(e.days.to) >= 2)) {
        u.reading = Reading::Closure;
        u.closure = ClosureKind::Holiday;
    } else if (has(t, "school closed|closure|occasional day|polling day|election")) {
        u.reading = Reading::Closure;
        u.closure = ClosureKind::Other;
    } else {
        u.why = TermDatesInterpreter::tr("it is not a term, holiday, INSET day or closure");
    }
    return u;
}

struct TermParts
{
    QList<DateRange> spans;
    QDate start, end; // from markers
};

QDate firstWeekdayFrom(QDate day)
{
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}

QDate lastWeekdayUntil(QDate day)
{
    while (day.dayOfWeek() > 5)
        day = day.addDays(-1);
    return day;
}

} // namespace

QString TermDatesInterpreter::academicYearOf(QDate day)
{
    return Dates::academicYearLabel(day.month() == 8 && day.day() >= 15 ? day.addDays(21) : day);
}

TermDatesReading TermDatesInterpreter::interpret(const QList<IcsEvent> &events,
                                                 const QString &fileName)
{
    TermDatesReading reading;
    QMap<QString, QMap<TermKind, TermParts>> parts; // year -> term -> parts
    QMap<QString, QList<Closure>> closures;
    for (const IcsEvent &e : events) {
        const QString where = tr("%1, line %2, \"%3\"").arg(fileName).arg(e.line).arg(e.summary);
        if (e.recurring) {
            reading.ignored.append(
                tr("%1: not used, because it repeats and term dates do not").arg(where));
            continue;
        }
        const Understood u = understand(e);
        const QString year = academicYearOf(e.days.from);
        switch (u.reading) {
        case Reading::Unknown:
            reading.ignored.append(tr("%1: not used, because %2").arg(where, u.why));
            break;
        case Reading::Closure:
            closures[year].append({0, year, u.closure, e.summary, e.days});
            break;
        case Reading::TermSpan:
            parts[year][*u.term].spans.append(e.days);
            break;
        case Reading::TermStart: {
            QDate &start = parts[year][*u.term].start;
            if (!start.isValid() || e.days.from < start)
                start = e.days.from;
            break;
        }
        case Reading::TermEnd: {
            // "Term ends" may be listed against the next academic year when
            // written late in August; the end belongs with its own term's year.
            const QString endYear = academicYearOf(e.days.to);
            QDate &end = parts[endYear][*u.term].end;
            if (!end.isValid() || e.days.to > end)
                end = e.days.to;
            break;
        }
        }
    }

    QStringList years = parts.keys();
    for (const QString &y : closures.keys()) {
        if (!years.contains(y))
            years.append(y);
    }
    std::sort(years.begin(), years.end());
    for (const QString &year : std::as_const(years)) {
        CalendarYearDraft draft{year, {}, closures.value(year)};
        const auto holidaysOf = [&](const QString &y) {
            QList<DateRange> list;
            for (const auto &c : closures.value(y)) {
                if (c.kind == ClosureKind::Holiday && c.period.from.daysTo(c.period.to) >= 4)
                    list.append(c.period);
            }
            return list;
        };
        const QList<DateRange> holidays = holidaysOf(year);
        for (auto kind : {TermKind::Autumn, TermKind::Spring, TermKind::Summer}) {
            TermParts p = parts.value(year).value(kind);
            const QString name = TermKinds::displayName(kind).toLower();
            QDate from = p.start, to = p.end;
            std::sort(p.spans.begin(), p.spans.end(),
                      [](const DateRange &a, const DateRange &b) { return a.from < b.from; });
            if (!p.spans.isEmpty()) {
                if (!from.isValid())
                    from = p.spans.first().from;
                if (!to.isValid()) {
                    to = p.spans.first().to;
                    for (const auto &s : p.spans)
                        to = std::max(to, s.to);
                }
            }
            if (!from.isValid() && !to.isValid()) {
                if (parts.contains(year))
                    reading.warnings.append(
                        tr("%1: no %2 was found; add it by hand before relying on this year")
                            .arg(year, name));
                continue;
            }
            if (!to.isValid()) {
                // The term runs until the next holiday.
                for (const auto &h : holidays) {
                    if (h.from > from) {
                        to = lastWeekdayUntil(h.from.addDays(-1));
                        break;
                    }
                }
                if (!to.isValid()) {
                    reading.warnings.append(
                        tr("%1: the %2 starts on %3 but its last day was not found")
                            .arg(year, name, Dates::uk(from)));
                    continue;
                }
                reading.warnings.append(
                    tr("%1: the %2's last day was not given; taken as %3, before the holiday")
                        .arg(year, name, Dates::uk(to)));
            }
            if (!from.isValid()) {
                for (auto it = holidays.crbegin(); it != holidays.crend(); ++it) {
                    if (it->to < to) {
                        from = firstWeekdayFrom(it->to.addDays(1));
                        break;
                    }
                }
                if (!from.isValid()) {
                    reading.warnings.append(
                        tr("%1: the %2 ends on %3 but its first day was not found")
                            .arg(year, name, Dates::uk(to)));
                    continue;
                }
                reading.warnings.append(
                    tr("%1: the %2's first day was not given; taken as %3, after the holiday")
                        .arg(year, name, Dates::uk(from)));
            }
            if (to < from) {
                reading.warnings.append(tr("%1: the %2 ends (%3) before it starts (%4); not used")
                                            .arg(year, name, Dates::uk(to), Dates::uk(from)));
                continue;
            }
            Term term;
            term.academicYear = year;
            term.kind = kind;
            term.period = {from, to};
            draft.terms.append(term);
            // Halves of a term given separately leave the half term between them.
            for (qsizetype i = 1; i < p.spans.size(); ++i) {
                const QDate gapFrom = p.spans.at(i - 1).to.addDays(1);
                const QDate gapTo = p.spans.at(i).from.addDays(-1);
                if (gapFrom > gapTo || firstWeekdayFrom(gapFrom) > gapTo)
                    continue;
                const bool covered = std::any_of(
                    draft.closures.cbegin(), draft.closures.cend(),
                    [&](const Closure &c) { return c.period.contains(firstWeekdayFrom(gapFrom)); });
                if (!covered)
                    draft.closures.append(
                        {0,
                         year,
                         ClosureKind::HalfTerm,
                         tr("%1 half term")
                             .arg(TermKinds::displayName(kind).section(QLatin1Char(' '), 0, 0)),
                         {gapFrom, gapTo}});
            }
        }
        std::sort(draft.closures.begin(), draft.closures.end(),
                  [](const Closure &a, const Closure &b) { return a.period.from < b.period.from; });
        if (draft.terms.isEmpty()) {
            if (!draft.closures.isEmpty())
                reading.warnings.append(
                    tr("%1: %n closure(s) but no term dates; this year is not used", nullptr,
                       int(draft.closures.size()))
                        .arg(year));
            continue;
        }
        reading.years.append(draft);
    }
    return reading;
}

} // namespace idesk
