#pragma once

#include "SchoolCalendar.h"
#include "SchoolDay.h"
#include "Timetable.h"
#include "WorkingTime.h"

#include <QDateTime>

namespace idesk {

// Everything about when people are in school and what they are doing:
// the calendar, the school day, contracted time, working patterns and
// timetables with their week A/B. The scheduler and the flags ask this.
class SchoolTime
{
public:
    struct Slot
    {
        QDate day;
        Period period;
        bool firstIsPpa = false; // the slot uses the first person's PPA time
        bool secondIsPpa = false;
    };

    SchoolTime() = default;
    SchoolTime(SchoolCalendar calendar, SchoolDay day, ContractedTime contracted,
               QHash<qint64, WorkSchedule> patterns, Timetable timetable,
               QHash<QDate, int> weekOverrides = {});

    const SchoolCalendar &calendar() const { return m_calendar; }
    const SchoolDay &schoolDay() const { return m_day; }
    const ContractedTime &contractedTime() const { return m_contracted; }
    const Timetable &timetable() const { return m_timetable; }
    std::optional<WorkSchedule> workingPattern(qint64 personId) const;

    // 0 for week A, 1 for week B. School weeks alternate from the first week of
    // each autumn term, holidays not counted, unless the school set the label.
    int weekIndex(QDate day) const;
    QChar weekLabel(QDate day) const
    {
        return m_timetable.cycleWeeks() == 2 && weekIndex(day) == 1 ? QLatin1Char('B')
                                                                    : QLatin1Char('A');
    }

    bool isInTeachingHours(const QDateTime &moment) const;
    bool isWorkingSchoolDay(qint64 personId, QDate day) const;
    // The person's contracted window on a working school day; none otherwise.
    std::optional<TimeWindow> contractedWindow(qint64 personId, QDate day) const;
    bool isInContractedTime(qint64 personId, const QDateTime &moment) const;
    bool isInContractedTime(qint64 personId, const QDateTime &start, int minutes) const;
    Activity activity(qint64 personId, QDate day, const Period &period) const;
    // Lesson periods in the week of `anyDay` when both people are working, free
    // and inside their contracted time.
    QList<Slot> sharedFreePeriods(qint64 first, qint64 second, QDate anyDay) const;

private:
    void labelWeeks();

    SchoolCalendar m_calendar;
    SchoolDay m_day;
    ContractedTime m_contracted;
    QHash<qint64, WorkSchedule> m_patterns;
    Timetable m_timetable;
    QHash<QDate, int> m_weekIndex; // Monday -> 0 / 1
};

} // namespace idesk
