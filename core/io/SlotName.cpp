#include "SlotName.h"

#include <QRegularExpression>
#include <QStringList>

namespace idesk {

namespace {
struct Token
{
    enum Kind
    {
        Day,
        Number,
        Word
    } kind;
    int value = 0;
    QString text;
};

int weekOf(const QString &t)
{
    if (t == QLatin1String("a") || t == QLatin1String("1"))
        return 0;
    if (t == QLatin1String("b") || t == QLatin1String("2"))
        return 1;
    return -1;
}

bool isPeriodWord(const QString &w)
{
    static const QStringList words{QStringLiteral("p"),      QStringLiteral("per"),
                                   QStringLiteral("period"), QStringLiteral("lesson"),
                                   QStringLiteral("l"),      QStringLiteral("les"),
                                   QStringLiteral("pd")};
    return words.contains(w);
}

bool isWeekWord(const QString &w)
{
    return w == QLatin1String("week") || w == QLatin1String("wk") || w == QLatin1String("w");
}
} // namespace

int SlotName::weekdayOf(const QString &word, QString *remainder)
{
    // Longest names first, so "thursday" is not read as "thu" and "rsday".
    static const QList<std::pair<QLatin1String, int>> names{
        {QLatin1String("wednesday"), 3}, {QLatin1String("thursday"), 4},
        {QLatin1String("saturday"), 6},  {QLatin1String("tuesday"), 2},
        {QLatin1String("monday"), 1},    {QLatin1String("friday"), 5},
        {QLatin1String("sunday"), 7},    {QLatin1String("thurs"), 4},
        {QLatin1String("tues"), 2},      {QLatin1String("weds"), 3},
        {QLatin1String("thur"), 4},      {QLatin1String("mon"), 1},
        {QLatin1String("tue"), 2},       {QLatin1String("wed"), 3},
        {QLatin1String("thu"), 4},       {QLatin1String("fri"), 5},
        {QLatin1String("sat"), 6},       {QLatin1String("sun"), 7},
    };
    const QString w = word.toLower();
    for (const auto &[name, day] : names) {
        if (!w.startsWith(name))
            continue;
        const QString rest = w.mid(name.size());
        // What may follow a day inside one word: a week letter ("MonA").
        if (rest.isEmpty() || rest == QLatin1String("a") || rest == QLatin1String("b")) {
            if (remainder)
                *remainder = rest;
            return day;
        }
    }
    return 0;
}

bool SlotName::parseTimeRange(const QString &text, QTime *start, QTime *end, QString *rest)
{
    static const QRegularExpression range(
        QStringLiteral("(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm)?\\s*(?:-|–|—|to|until)\\s*(\\d{1,2}"
                       ")(?:[:.h](\\d{2}))?"
                       "\\s*(am|pm)?"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = range.match(text);
    if (!m.hasMatch())
        return false;
    // A range needs minutes on at least one side, or it is "1-2", not a time.
    if (m.captured(2).isEmpty() && m.captured(5).isEmpty() && m.captured(3).isEmpty() &&
        m.captured(6).isEmpty())
        return false;
    const auto time = [](const QString &h, const QString &mins, const QString &half) {
        int hour = h.toInt();
        const int minute = mins.isEmpty() ? 0 : mins.toInt();
        if (half.compare(QLatin1String("pm"), Qt::CaseInsensitive) == 0 && hour < 12)
            hour += 12;
        else if (half.isEmpty() && hour >= 1 && hour <= 6)
            hour += 12; // a school's "1.30" is half past one in the afternoon
        return QTime(hour, minute);
    };
    const QTime s = time(m.captured(1), m.captured(2), m.captured(3));
    const QTime e = time(m.captured(4), m.captured(5), m.captured(6));
    if (!s.isValid() || !e.isValid() || e <= s)
        return false;
    *start = s;
    *end = e;
    if (rest)
        *rest = QString(text).remove(m.capturedStart(), m.capturedLength());
    return true;
}

std::optional<SlotName> SlotName::parse(const QString &text)
{
    SlotName slot;
    QString rest = text.trimmed();
    if (rest.isEmpty())
        return std::nullopt;
    parseTimeRange(rest, &slot.start, &slot.end, &rest);

    // Split into runs of letters and of digits: "1Mon:1" -> 1, mon, 1.
    QList<Token> tokens;
    QString run;
    enum
    {
        None,
        Letters,
        Digits
    } kind = None;
    const auto flush = [&] {
        if (run.isEmpty())
            return;
        if (kind == Digits) {
            tokens.append({Token::Number, run.toInt(), run});
        } else {
            QString remainder;
            if (const int day = weekdayOf(run, &remainder)) {
                tokens.append({Token::Day, day, run});
                if (!remainder.isEmpty())
                    tokens.append({Token::Word, 0, remainder});
            } else {
                tokens.append({Token::Word, 0, run.toLower()});
            }
        }
        run.clear();
    };
    for (const QChar c : std::as_const(rest)) {
        const auto k = c.isDigit() ? Digits : c.isLetter() ? Letters : None;
        if (k != kind || k == None)
            flush();
        kind = k;
        if (k != None)
            run.append(c);
    }
    flush();
    if (tokens.isEmpty())
        return slot.hasTime() ? std::optional<SlotName>(slot) : std::nullopt;

    // A number alone runs over the cycle ("17").
    if (tokens.size() == 1 && tokens.first().kind == Token::Number && !slot.hasTime()) {
        slot.running = tokens.first().value;
        return slot.running > 0 ? std::optional<SlotName>(slot) : std::nullopt;
    }

    const int dayAt = [&] {
        for (int i = 0; i < tokens.size(); ++i) {
            if (tokens.at(i).kind == Token::Day)
                return i;
        }
        return -1;
    }();
    QStringList words;
    QList<int> numbersAfterDay;
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        const Token *next = i + 1 < tokens.size() ? &tokens.at(i + 1) : nullptr;
        if (t.kind == Token::Day) {
            if (slot.weekday)
                return std::nullopt; // two days in one name
            slot.weekday = t.value;
            continue;
        }
        if (t.kind == Token::Word && isWeekWord(t.text) && next && weekOf(next->text) >= 0) {
            slot.week = weekOf(next->text);
            ++i;
            continue;
        }
        if (t.kind == Token::Word && t.text == QLatin1String("day") && next &&
            next->kind == Token::Number && dayAt < 0) {
            // A ten-day cycle: Day 1 to 5 are week A, 6 to 10 week B.
            const int n = next->value;
            if (n < 1 || n > 10)
                return std::nullopt;
            slot.week = n > 5 ? 1 : 0;
            slot.weekday = (n - 1) % 5 + 1;
            ++i;
            continue;
        }
        if (t.kind == Token::Word && isPeriodWord(t.text) && next && next->kind == Token::Number) {
            slot.period = next->value;
            ++i;
            continue;
        }
        if (t.kind == Token::Word &&
            (t.text == QLatin1String("a") || t.text == QLatin1String("b"))) {
            slot.week = weekOf(t.text);
            continue;
        }
        if (t.kind == Token::Number) {
            if (dayAt >= 0 && i < dayAt) {
                // "1Mon:1": the week before the day.
                if (weekOf(t.text) < 0)
                    return std::nullopt;
                slot.week = weekOf(t.text);
            } else {
                numbersAfterDay.append(t.value);
            }
            continue;
        }
        words.append(t.text);
    }
    if (numbersAfterDay.size() == 2 && slot.week < 0 && slot.period == 0) {
        // "Mon1:3": week 1, period 3.
        if (weekOf(QString::number(numbersAfterDay.first())) < 0)
            return std::nullopt;
        slot.week = weekOf(QString::number(numbersAfterDay.first()));
        slot.period = numbersAfterDay.last();
    } else if (numbersAfterDay.size() == 1 && slot.period == 0) {
        slot.period = numbersAfterDay.first();
    } else if (!numbersAfterDay.isEmpty()) {
        return std::nullopt;
    }
    slot.name = words.join(QLatin1Char(' '));
    if (slot.weekday > 5 || slot.period > 20)
        return slot.weekday > 5 ? std::optional<SlotName>(slot) : std::nullopt;
    return slot;
}

std::optional<SlotName> SlotName::parseDay(const QString &text)
{
    auto slot = parse(text);
    // As a day's name, a number after the day is its week: "Monday 2".
    if (slot && slot->weekday && slot->week < 0 && (slot->period == 1 || slot->period == 2) &&
        !slot->hasTime() && slot->name.isEmpty()) {
        slot->week = slot->period - 1;
        slot->period = 0;
    }
    if (!slot || slot->weekday == 0 || slot->period != 0 || slot->hasTime() ||
        !slot->name.isEmpty())
        return std::nullopt;
    return slot;
}

} // namespace idesk
