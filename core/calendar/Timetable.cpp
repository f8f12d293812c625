#include "Timetable.h"

#include <QCoreApplication>

namespace idesk {

namespace Activities {
QString key(Activity a)
{
    switch (a) {
    case Activity::Teaching:
        return QStringLiteral("teaching");
    case Activity::Ppa:
        return QStringLiteral("ppa");
    case Activity::NonContact:
        return QStringLiteral("non-contact");
    case Activity::Free:
        return QStringLiteral("free");
    case Activity::NotWorking:
        return QStringLiteral("not-working");
    case Activity::Duty:
        return QStringLiteral("duty");
    }
    return {};
}

std::optional<Activity> fromKey(const QString &text)
{
    QString k = text.trimmed().toLower();
    k.replace(QLatin1Char(' '), QLatin1Char('-'));
    if (k == QLatin1String("non-contact") || k == QLatin1String("noncontact") ||
        k == QLatin1String("nc"))
        return Activity::NonContact;
    for (auto a : {Activity::Teaching, Activity::Ppa, Activity::Free, Activity::NotWorking,
                   Activity::Duty}) {
        if (key(a) == k)
            return a;
    }
    return std::nullopt;
}

QString displayName(Activity a)
{
    switch (a) {
    case Activity::Teaching:
        return QCoreApplication::translate("Activity", "Teaching");
    case Activity::Ppa:
        return QCoreApplication::translate("Activity", "PPA");
    case Activity::NonContact:
        return QCoreApplication::translate("Activity", "Non-contact");
    case Activity::Free:
        return QCoreApplication::translate("Activity", "Free");
    case Activity::NotWorking:
        return QCoreApplication::translate("Activity", "Not working");
    case Activity::Duty:
        return QCoreApplication::translate("Activity", "Duty or meeting");
    }
    return {};
}
} // namespace Activities

Timetable::Timetable(int cycleWeeks, const QList<TimetableEntry> &entries)
    : m_cycleWeeks(cycleWeeks == 2 ? 2 : 1)
{
    for (const auto &e : entries) {
        m_entries.insert(key(e.personId, e.week, e.weekday, e.periodId), e);
        m_people.insert(e.personId);
    }
}

quint64 Timetable::key(qint64 personId, int week, int weekday, qint64 periodId)
{
    // Person ids and period ids stay far below these bounds in any school.
    return (quint64(personId) << 24) | (quint64(week & 1) << 23) | (quint64(weekday & 7) << 20) |
           (quint64(periodId) & 0xFFFFF);
}

const TimetableEntry *Timetable::entry(qint64 personId, int week, int weekday,
                                       qint64 periodId) const
{
    const auto it =
        m_entries.constFind(key(personId, m_cycleWeeks == 2 ? week : 0, weekday, periodId));
    return it == m_entries.constEnd() ? nullptr : &*it;
}

Activity Timetable::activity(qint64 personId, int week, int weekday, qint64 periodId) const
{
    const TimetableEntry *e = entry(personId, week, weekday, periodId);
    return e ? e->activity : Activity::Free;
}

QList<TimetableEntry> Timetable::entriesOf(qint64 personId) const
{
    QList<TimetableEntry> list;
    for (const auto &e : m_entries) {
        if (e.personId == personId)
            list.append(e);
    }
    std::sort(list.begin(), list.end(), [](const TimetableEntry &a, const TimetableEntry &b) {
        return std::tie(a.week, a.weekday, a.periodId) < std::tie(b.week, b.weekday, b.periodId);
    });
    return list;
}

} // namespace idesk
