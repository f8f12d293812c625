#include "SchoolTime.h"

namespace idesk {

SchoolTime::SchoolTime(SchoolCalendar calendar, SchoolDay day, ContractedTime contracted,
                       QHash<qint64, WorkSchedule> patterns, Timetable timetable,
                       QHash<QDate, int> weekOverrides)
    : m_calendar(std::move(calendar))
    , m_day(std::move(day))
    , m_contracted(std::move(contracted))
    , m_patterns(std::move(patterns))
    , m_timetable(std::move(timetable))
{
    labelWeeks();
    for (auto it = weekOverrides.constBegin(); it != weekOverrides.constEnd(); ++it)
        m_weekIndex.insert(SchoolCalendar::mondayOf(it.key()), it.value() & 1);
}

void SchoolTime::labelWeeks()
{
    QString year;
    int n = 0;
    for (const auto &term : m_calendar.terms()) {
        if (term.academicYear != year) {
            year = term.academicYear;
            n = 0; // every academic year starts on week A
        }
        for (const QDate &monday : m_calendar.schoolWeeks(term.period)) {
            if (!m_weekIndex.contains(monday))
                m_weekIndex.insert(monday, n++ % 2);
        }
    }
}

std::optional<WorkSchedule> SchoolTime::workingPattern(qint64 personId) const
{
    const auto it = m_patterns.constFind(personId);
    return it == m_patterns.constEnd() ? std::nullopt : std::optional<WorkSchedule>(*it);
}

int SchoolTime::weekIndex(QDate day) const
{
    return m_timetable.cycleWeeks() == 2 ? m_weekIndex.value(SchoolCalendar::mondayOf(day), 0) : 0;
}

bool SchoolTime::isInTeachingHours(const QDateTime &moment) const
{
    return m_calendar.isOpen(moment.date()) && m_day.isTeachingTime(moment.time());
}

bool SchoolTime::isWorkingSchoolDay(qint64 personId, QDate day) const
{
    if (!m_calendar.isOpen(day))
        return false;
    const auto pattern = workingPattern(personId);
    return !pattern || pattern->worksOn(day.dayOfWeek());
}

std::optional<TimeWindow> SchoolTime::contractedWindow(qint64 personId, QDate day) const
{
    if (!isWorkingSchoolDay(personId, day))
        return std::nullopt;
    auto window = m_contracted.on(day.dayOfWeek());
    if (!window)
        return std::nullopt;
    const auto pattern = workingPattern(personId);
    if (pattern && pattern->hours) {
        // A part-time person's hours narrow the school's window, never widen it.
        window->start = std::max(window->start, pattern->hours->start);
        window->end = std::min(window->end, pattern->hours->end);
        if (!window->isValid())
            return std::nullopt;
    }
    return window;
}

bool SchoolTime::isInContractedTime(qint64 personId, const QDateTime &moment) const
{
    const auto w = contractedWindow(personId, moment.date());
    return w && w->contains(moment.time());
}

bool SchoolTime::isInContractedTime(qint64 personId, const QDateTime &start, int minutes) const
{
    const auto w = contractedWindow(personId, start.date());
    const QTime end = start.time().addSecs(minutes * 60);
    return w && end > start.time() && w->containsSpan(start.time(), end);
}

Activity SchoolTime::activity(qint64 personId, QDate day, const Period &period) const
{
    const auto w = contractedWindow(personId, day);
    if (!w || !w->containsSpan(period.start, period.end))
        return Activity::NotWorking;
    return m_timetable.activity(personId, weekIndex(day), day.dayOfWeek(), period.id);
}

QList<SchoolTime::Slot> SchoolTime::sharedFreePeriods(qint64 first, qint64 second,
                                                      QDate anyDay) const
{
    QList<Slot> found;
    const QDate monday = SchoolCalendar::mondayOf(anyDay);
    for (int i = 0; i < 5; ++i) {
        const QDate day = monday.addDays(i);
        if (!m_calendar.isOpen(day))
            continue;
        for (const Period &p : m_day.lessons()) {
            const Activity a = activity(first, day, p);
            const Activity b = activity(second, day, p);
            if (Activities::isFree(a) && Activities::isFree(b))
                found.append({day, p, a == Activity::Ppa, b == Activity::Ppa});
        }
    }
    return found;
}

} // namespace idesk
