#include "Dates.h"

namespace idesk::Dates {

namespace {
// Dates are read and written by the hundred thousand (every session, every
// row of a staff list), so these are done by hand rather than through
// QRegularExpression and QDate::toString, which cost microseconds each.

// Reads 1 to `most` digits at `at`; -1 when there is none.
int digits(QStringView t, qsizetype &at, int most)
{
    int value = 0;
    int n = 0;
    while (at < t.size() && n < most && t[at].isDigit() && t[at].unicode() < 0x80) {
        value = value * 10 + (t[at].unicode() - u'0');
        ++at;
        ++n;
    }
    return n == 0 ? -1 : value;
}

bool isSeparator(QChar c)
{
    return c == u'/' || c == u'.' || c == u'-';
}

// Writes `value` as `width` digits, zero-padded.
void put(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

QString formatted(QDate day, bool ukOrder)
{
    int y = 0, m = 0, d = 0;
    day.getDate(&y, &m, &d);
    if (y < 1000 || y > 9999) // outside what a school records; Qt's own form
        return ukOrder ? day.toString(QStringLiteral("dd/MM/yyyy")) : day.toString(Qt::ISODate);
    QString s(10, Qt::Uninitialized);
    auto *out = reinterpret_cast<char16_t *>(s.data());
    if (ukOrder) {
        put(out, d, 2);
        out[2] = u'/';
        put(out + 3, m, 2);
        out[5] = u'/';
        put(out + 6, y, 4);
    } else {
        put(out, y, 4);
        out[4] = u'-';
        put(out + 5, m, 2);
        out[7] = u'-';
        put(out + 8, d, 2);
    }
    return s;
}

// ISO 8601 (yyyy-M-d) at the start of `t`; `whole` asks that nothing follow.
QDate isoDate(QStringView t, bool whole)
{
    qsizetype at = 0;
    const qsizetype start = at;
    const int y = digits(t, at, 4);
    if (y < 0 || at - start != 4 || at >= t.size() || t[at] != u'-')
        return {};
    ++at;
    const int m = digits(t, at, 2);
    if (m < 0 || at >= t.size() || t[at] != u'-')
        return {};
    ++at;
    const int d = digits(t, at, 2);
    if (d < 0 || (whole && at != t.size()))
        return {};
    return QDate(y, m, d);
}
} // namespace

QDate parse(const QString &text)
{
    const QStringView t = QStringView(text).trimmed();
    if (t.size() < 8 || t.size() > 10)
        return {};
    if (QDate iso = isoDate(t, true); iso.isValid())
        return iso;
    // d/m/yyyy, with / . or - between
    qsizetype at = 0;
    const int d = digits(t, at, 2);
    if (d < 0 || at >= t.size() || !isSeparator(t[at]))
        return {};
    ++at;
    const int m = digits(t, at, 2);
    if (m < 0 || at >= t.size() || !isSeparator(t[at]))
        return {};
    ++at;
    const qsizetype yearAt = at;
    const int y = digits(t, at, 4);
    if (y < 0 || at - yearAt != 4 || at != t.size())
        return {};
    return QDate(y, m, d);
}

QString iso(QDate day)
{
    return day.isValid() ? formatted(day, false) : QString();
}

QString uk(QDate day)
{
    return day.isValid() ? formatted(day, true) : QString();
}

QVariant toDb(QDate day)
{
    return day.isValid() ? QVariant(formatted(day, false)) : QVariant();
}

QDate fromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    // Stored as yyyy-MM-dd, sometimes with a time after it.
    const QString text = value.toString();
    const QStringView t = QStringView(text).left(10);
    if (t.size() == 10)
        return isoDate(t, true);
    return QDate::fromString(t, Qt::ISODate);
}

QDate academicYearStart(QDate day)
{
    const int year = day.month() >= 9 ? day.year() : day.year() - 1;
    return QDate(year, 9, 1);
}

QString academicYearLabel(QDate day)
{
    const int start = academicYearStart(day).year();
    return QStringLiteral("%1-%2").arg(start).arg((start + 1) % 100, 2, 10, QLatin1Char('0'));
}

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

} // namespace idesk::Dates
