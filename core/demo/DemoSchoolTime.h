#pragma once

#include "calendar/SchoolDay.h"
#include "calendar/Term.h"
#include "calendar/WorkingTime.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <QHash>

namespace idesk {

class Database;

// The demo school's time: its day, contracted time, the term dates of the
// academic year starting `yearStart` (built the way English schools set
// them, so any year works), part-time working patterns and a two-week
// timetable for every member of staff.
class DemoSchoolTime
{
public:
    // `staff` maps staff codes to person ids.
    static Status populate(Database &db, const QHash<QString, qint64> &staff, QDate yearStart);
    static QDate easterSunday(int year);

    // The usual English pattern of terms, half terms, holidays and INSET days
    // for the academic year starting `yearStart` (the benchmarks' trusts use it too).
    struct Year
    {
        QString label;
        QList<Term> terms;
        QList<Closure> closures;
    };
    static Year englishYear(QDate yearStart);
    static QList<Period> periods(); // an 11-16 school's day: five lessons, break and lunch
    static TimeWindow contractedHours();
};

} // namespace idesk
