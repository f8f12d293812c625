#include "CalendarWording.h"

#include <QRegularExpression>

namespace idesk {

namespace {

bool has(const QString &text, const QRegularExpression &re)
{
    return re.match(text).hasMatch();
}

QRegularExpression words(const char *pattern)
{
    return QRegularExpression(QLatin1String(pattern));
}

const QRegularExpression &insetWords()
{
    static const QRegularExpression re =
        words("\\binset\\b|in[- ]?service|training day|staff training|teacher training day|"
              "staff development|professional development|\\bp\\.?d\\.? days?\\b|\\bcpd day|"
              "teacher day|non[- ]pupil|staff day|pupil[- ]free|closed (to|for) (pupils|students|"
              "children)|no (pupils|students|children)|staff only");
    return re;
}

const QRegularExpression &bankHolidayWords()
{
    static const QRegularExpression re =
        words("bank holiday|\\bmay day\\b|good friday|easter monday|christmas day|boxing day|"
              "new year'?s day|coronation|jubilee");
    return re;
}

const QRegularExpression &termWords()
{
    static const QRegularExpression re =
        words("\\bterms?\\b|\\b(autumn|spring|summer)\\s*(half\\s*)?[12i]+\\b|"
              "\\b(michaelmas|lent|trinity)\\b");
    return re;
}

// Wording that opens or closes school without saying "term": "pupils return",
// "All resume", "school reopens", "last day of school", "school breaks up".
const QRegularExpression &schoolWords()
{
    static const QRegularExpression re =
        words("\\b(pupils?|students?|children|all|everyone|schools?|classes|lessons|teaching)\\b");
    return re;
}

const QRegularExpression &startWords()
{
    static const QRegularExpression re =
        words("\\b(starts?|starting|begins?|beginning|start of|opens?|re-?opens?|first (full |"
              "teaching |school |working )?day|commences?|returns?|resumes?|back)\\b");
    return re;
}

const QRegularExpression &endWords()
{
    static const QRegularExpression re =
        words("\\b(ends?|ending|end of|finish(es)?|last (full |teaching |school |working )?day|"
              "closes?|breaks? up|break-up)\\b");
    return re;
}

std::optional<TermKind> seasonIn(const QString &t)
{
    if (has(t, words("\\b(autumn|michaelmas|fall)\\b")))
        return TermKind::Autumn;
    if (has(t, words("\\b(spring|lent)\\b")))
        return TermKind::Spring;
    if (has(t, words("\\b(summer|trinity)\\b")))
        return TermKind::Summer;
    return std::nullopt;
}

EventMeaning fromOwnKind(const QString &kind)
{
    const QStringList parts = kind.split(QLatin1Char(':'));
    EventMeaning m;
    if (parts.size() == 2 && parts.first() == QLatin1String("term")) {
        if (auto t = TermKinds::fromKey(parts.at(1))) {
            m.kind = EventMeaning::Kind::TermSpan;
            m.season = t;
        }
    } else if (parts.size() == 2 && parts.first() == QLatin1String("closure")) {
        if (auto c = ClosureKinds::fromKey(parts.at(1))) {
            m.kind = EventMeaning::Kind::Closure;
            m.closure = *c;
        }
    }
    return m;
}

EventMeaning closure(ClosureKind kind)
{
    EventMeaning m;
    m.kind = EventMeaning::Kind::Closure;
    m.closure = kind;
    return m;
}

EventMeaning span(std::optional<TermKind> season)
{
    EventMeaning m;
    m.kind = EventMeaning::Kind::TermSpan;
    m.season = season;
    return m;
}

} // namespace

TermKind CalendarWording::seasonByMonth(QDate day, bool starting)
{
    const int m = day.month();
    if (m >= 8 && m <= 12)
        return TermKind::Autumn;
    if (m <= 2)
        return TermKind::Spring;
    if (m == 3 || m == 4)
        return starting ? TermKind::Summer : TermKind::Spring;
    return TermKind::Summer;
}

QString CalendarWording::markerName(const QString &summary)
{
    static const QRegularExpression numbered(
        QStringLiteral("\\b(week|wk|day|cycle)\\s*[a-z0-9]{1,2}\\b|\\d+|[^a-z ]"));
    static const QRegularExpression marker(
        QStringLiteral("\\b(term|school|teaching|week|wk|day|open|timetable|cycle)\\b"));
    QString t = summary.toLower();
    t.replace(numbered, QStringLiteral(" \\1 "));
    t = t.simplified();
    if (t.isEmpty() || !has(t, marker))
        return {};
    if (has(t, bankHolidayWords()) || has(t, insetWords()) ||
        has(t, words("holiday|half[- ]?term|closed|closure|break\\b")))
        return {};
    return t;
}

EventMeaning CalendarWording::read(const IcsEvent &e)
{
    if (!e.kind.isEmpty()) {
        EventMeaning own = fromOwnKind(e.kind);
        if (own.kind != EventMeaning::Kind::Unknown)
            return own;
    }
    const QString t =
        (e.summary + QLatin1Char(' ') + e.categories.join(QLatin1Char(' '))).toLower().simplified();
    const qint64 length = e.days.from.daysTo(e.days.to) + 1;
    // An INSET day is a day or a few; "schools closed to pupils" for a
    // fortnight is a holiday.
    const bool inset = has(t, insetWords()) && length <= 3;
    const bool namesTerm = has(t, termWords());
    const bool starts = has(t, startWords());
    const bool ends = has(t, endWords());
    // "Pupils break up" is the last day of a term, not a holiday.
    const bool holiday = has(t, words("holidays?|\\bbreak\\b(?!\\s*-?\\s*up)|vacation|\\bhols\\b"));
    const bool halfTerm = has(t, words("half[- ]?term"));

    if (inset && !(namesTerm && (starts || ends)))
        return closure(ClosureKind::Inset);
    if (has(t, bankHolidayWords()))
        return closure(ClosureKind::BankHoliday);
    // A term, or a half of one, given as one long event ("Spring term
    // (including half term)" is still the term).
    if (namesTerm && length >= 20 && !has(t, words("holiday|vacation")))
        return span(seasonIn(t));
    if (halfTerm && (length > 1 || !(starts || ends)))
        return closure(ClosureKind::HalfTerm);
    // A holiday of a day ("September weekend holiday") is still a holiday;
    // one day that says it starts or ends is the edge of a term, below.
    if (holiday && (length > 1 || !(starts || ends)))
        return closure(ClosureKind::Holiday);

    EventMeaning m;
    m.alsoInset = inset;
    // The edge of a half term is not the edge of a term: the term runs on.
    if (halfTerm) {
        m.halfTermEdge = true;
        m.kind = starts && !ends ? EventMeaning::Kind::TermStart : EventMeaning::Kind::TermEnd;
        return m;
    }
    // "First day back after Christmas", "Last day before Easter": a first or
    // last day is a school day even when school is not named.
    const bool schoolDay =
        has(t, schoolWords()) ||
        has(t, words("\\b(first|last) (full |teaching |school |working )?day\\b"));
    if (namesTerm || ((starts || ends) && schoolDay)) {
        m.season = seasonIn(t);
        if (length >= 10 && namesTerm)
            return span(m.season);
        if (starts && !ends)
            m.kind = EventMeaning::Kind::TermStart;
        else if (ends && !starts)
            m.kind = EventMeaning::Kind::TermEnd;
        else if (holiday)
            m.why = tr("it names a holiday's start or end, not the term's day");
        else
            m.why = tr("it names a term but not whether it starts or ends");
        // "The holidays begin" is not a term starting.
        if (holiday && !namesTerm && m.kind != EventMeaning::Kind::TermSpan) {
            m.kind = EventMeaning::Kind::Unknown;
            m.why = tr("it names a holiday's start or end, not the term's day");
        }
        return m;
    }
    if (has(t, words("\\b(christmas|easter|summer)\\b")) && length >= 2)
        return closure(ClosureKind::Holiday);
    if (has(t, words("school closed|closure|closed|occasional day|polling day|election|"
                     "snow day")))
        return closure(ClosureKind::Other);
    m.why = tr("it is not a term, holiday, INSET day or closure");
    return m;
}

} // namespace idesk
