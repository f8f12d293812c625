#pragma once

#include <QString>
#include <QTime>

#include <optional>

namespace idesk {

// What a timetable export calls a slot of its cycle, read apart: "Mon:1",
// "MonA:1", "1Mon:1", "Mon 1", "Monday P1", "Week B Tuesday Period 3",
// "Day 7 P2" (a ten-day cycle), "17" (running over the cycle), or a time
// range "09:30 - 11:00", alone or after a day.
struct SlotName
{
    int week = -1;   // 0 = A (or 1), 1 = B (or 2); -1 when not said
    int weekday = 0; // 1 = Monday; 0 when not said
    int period = 0;  // the period's number within the day; 0 when not said
    int running = 0; // a number alone: the slot's place in the whole cycle
    QString name;    // words that name the period: "Reg", "AM"
    QTime start;     // from a time range
    QTime end;

    bool hasTime() const { return start.isValid() && end.isValid(); }
    // Names a slot of the week: a day with a period, name or time.
    bool isDaySlot() const { return weekday > 0 && (period > 0 || hasTime() || !name.isEmpty()); }

    static std::optional<SlotName> parse(const QString &text);
    // "Monday", "Mon", "MonA", "Tuesday B", "Mon1" (week 1), "Day 6" -> the
    // day and week; nullopt when it is no school day (Saturday too).
    static std::optional<SlotName> parseDay(const QString &text);
    // "9.30 - 11.00", "09:30-11:00", "9:30 to 11" -> the two times.
    static bool parseTimeRange(const QString &text, QTime *start, QTime *end,
                               QString *rest = nullptr);
    // 1 to 7 for a day's name or abbreviation ("thurs"), else 0.
    static int weekdayOf(const QString &word, QString *remainder = nullptr);
};

} // namespace idesk
