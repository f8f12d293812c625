#pragma once

#include <QHash>
#include <QSet>
#include <QTime>

#include <optional>

namespace idesk {

struct TimeWindow
{
    QTime start;
    QTime end; // exclusive
    bool contains(QTime t) const { return t >= start && t < end; }
    bool containsSpan(QTime from, QTime to) const { return from >= start && to <= end; }
    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
};

// The school's directed-time window for each weekday (1 = Monday).
struct ContractedTime
{
    QHash<int, TimeWindow> byWeekday;
    std::optional<TimeWindow> on(int weekday) const
    {
        const auto it = byWeekday.constFind(weekday);
        return it == byWeekday.constEnd() ? std::nullopt : std::optional<TimeWindow>(*it);
    }
};

// A person's working days and, when narrower than the school's, their hours.
// No pattern recorded means every weekday within the school's contracted time.
struct WorkSchedule
{
    QSet<int> weekdays; // 1 = Monday
    std::optional<TimeWindow> hours;
    bool worksOn(int weekday) const { return weekdays.contains(weekday); }
};

} // namespace idesk
