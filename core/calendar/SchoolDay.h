#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QTime>

#include <optional>

namespace idesk {

enum class PeriodKind
{
    Registration,
    Lesson,
    Break,
    Lunch,
    BeforeSchool,
    AfterSchool
};

namespace PeriodKinds {
QString
key(PeriodKind kind); // "registration", "lesson", "break", "lunch", "before-school", "after-school"
std::optional<PeriodKind> fromKey(const QString &key);
QString displayName(PeriodKind kind); // "Before school"
} // namespace PeriodKinds

struct Period
{
    qint64 id = 0;
    QString name; // "P1", "Lunch"
    QTime start;
    QTime end; // exclusive
    PeriodKind kind = PeriodKind::Lesson;
    bool contains(QTime t) const { return t >= start && t < end; }
    int minutes() const { return start.secsTo(end) / 60; }
    friend bool operator==(const Period &, const Period &) = default;
};

// The periods of a school day in order. Teaching hours are the lessons.
class SchoolDay
{
    Q_DECLARE_TR_FUNCTIONS(SchoolDay)
public:
    SchoolDay() = default;
    explicit SchoolDay(QList<Period> periods);

    // Periods in order, each ending no later than the next starts, names unique.
    static Status validate(const QList<Period> &periods);

    const QList<Period> &periods() const { return m_periods; }
    QList<Period> lessons() const;
    const Period *byName(const QString &name) const;
    const Period *byId(qint64 id) const;
    const Period *periodAt(QTime t) const;
    bool isTeachingTime(QTime t) const;
    bool isEmpty() const { return m_periods.isEmpty(); }

private:
    QList<Period> m_periods;
};

} // namespace idesk
