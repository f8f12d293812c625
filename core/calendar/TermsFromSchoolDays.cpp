#include "TermsFromSchoolDays.h"

#include "util/Dates.h"

namespace idesk {

namespace {

int weekdaysBetween(QDate after, QDate before) // exclusive of both
{
    int n = 0;
    for (QDate d = after.addDays(1); d < before; d = d.addDays(1))
        n += d.dayOfWeek() <= 5 ? 1 : 0;
    return n;
}

// The index i of the longest gap (between days[i] and days[i + 1]) that
// touches `window` and misses at least a school week; -1 when none does.
qsizetype longestGapIn(const QList<QDate> &days, const DateRange &window)
{
    qsizetype best = -1;
    qint64 bestLength = 0;
    for (qsizetype i = 0; i + 1 < days.size(); ++i) {
        const DateRange gap{days.at(i).addDays(1), days.at(i + 1).addDays(-1)};
        if (!gap.isValid() || !gap.overlaps(window) ||
            weekdaysBetween(days.at(i), days.at(i + 1)) < 5)
            continue;
        const qint64 length = days.at(i).daysTo(days.at(i + 1));
        if (length > bestLength) {
            best = i;
            bestLength = length;
        }
    }
    return best;
}

} // namespace

TermsFromSchoolDays TermsFromSchoolDays::split(const QString &academicYear,
                                               const QList<QDate> &days)
{
    TermsFromSchoolDays out;
    if (days.isEmpty()) {
        out.problem = tr("no school days");
        return out;
    }
    const int first = academicYear.left(4).toInt();
    const qsizetype christmas = longestGapIn(days, {QDate(first, 12, 1), QDate(first + 1, 1, 15)});
    const qsizetype easter = longestGapIn(days, {QDate(first + 1, 3, 1), QDate(first + 1, 5, 15)});
    // Each term: [begin, end] indexes into days.
    QList<std::pair<TermKind, std::pair<qsizetype, qsizetype>>> spans;
    const qsizetype last = days.size() - 1;
    const auto season = [&](qsizetype from) {
        const QDate d = days.at(from);
        return d.month() >= 8 ? TermKind::Autumn
                              : (d < QDate(first + 1, 3, 1) ? TermKind::Spring : TermKind::Summer);
    };
    QList<qsizetype> cuts;
    if (christmas >= 0)
        cuts.append(christmas);
    if (easter >= 0 && easter != christmas)
        cuts.append(easter);
    std::sort(cuts.begin(), cuts.end());
    qsizetype begin = 0;
    for (qsizetype cut : std::as_const(cuts)) {
        spans.append({season(begin), {begin, cut}});
        begin = cut + 1;
    }
    spans.append({season(begin), {begin, last}});
    for (qsizetype i = 1; i < spans.size(); ++i) {
        if (spans.at(i).first == spans.at(i - 1).first) {
            out.problem =
                tr("the school days from %1 to %2 cannot be split into terms: no break of a "
                   "week or more was found around Christmas or Easter")
                    .arg(Dates::uk(days.first()), Dates::uk(days.last()));
            return out;
        }
    }
    for (const auto &[kind, range] : std::as_const(spans)) {
        Term t;
        t.academicYear = academicYear;
        t.kind = kind;
        t.period = {days.at(range.first), days.at(range.second)};
        out.terms.append(t);
        for (qsizetype i = range.first; i < range.second; ++i) {
            const int missing = weekdaysBetween(days.at(i), days.at(i + 1));
            if (missing == 0)
                continue;
            // The weekdays missed, not the weekend around them.
            const QDate from = Dates::firstWeekdayFrom(days.at(i).addDays(1));
            const QDate to = Dates::lastWeekdayUntil(days.at(i + 1).addDays(-1));
            out.breaks.append({0,
                               academicYear,
                               missing >= 3 ? ClosureKind::HalfTerm : ClosureKind::Other,
                               missing >= 3 ? tr("Half term") : tr("Not a school day"),
                               {from, to}});
        }
    }
    return out;
}

} // namespace idesk
