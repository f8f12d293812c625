#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace idesk {

enum class Activity
{
    Teaching,
    Ppa,
    NonContact,
    Free,
    NotWorking,
    Duty // a duty, meeting or cover: busy, though not teaching
};

namespace Activities {
// "teaching", "ppa", "non-contact", "free", "not-working", "duty"
QString key(Activity a);
std::optional<Activity> fromKey(const QString &key);
QString displayName(Activity a);
// Free to meet: free, PPA and other non-contact time.
inline bool isFree(Activity a)
{
    return a == Activity::Free || a == Activity::Ppa || a == Activity::NonContact;
}
} // namespace Activities

struct TimetableEntry
{
    qint64 personId = 0;
    int week = 0;    // 0 = week A, 1 = week B
    int weekday = 1; // 1 = Monday
    qint64 periodId = 0;
    Activity activity = Activity::Free;
    QString classLabel; // "10X/Ma1" when teaching
};

// Everyone's timetable over a one- or two-week cycle. A period with no entry
// is free: timetables list what people do, not what they do not.
class Timetable
{
public:
    Timetable() = default;
    Timetable(int cycleWeeks, const QList<TimetableEntry> &entries);

    int cycleWeeks() const { return m_cycleWeeks; }
    Activity activity(qint64 personId, int week, int weekday, qint64 periodId) const;
    const TimetableEntry *entry(qint64 personId, int week, int weekday, qint64 periodId) const;
    QList<TimetableEntry> entriesOf(qint64 personId) const;
    QList<TimetableEntry> allEntries() const { return m_entries.values(); }
    bool hasTimetable(qint64 personId) const { return m_people.contains(personId); }

private:
    static quint64 key(qint64 personId, int week, int weekday, qint64 periodId);
    int m_cycleWeeks = 1;
    QHash<quint64, TimetableEntry> m_entries;
    QSet<qint64> m_people;
};

} // namespace idesk
