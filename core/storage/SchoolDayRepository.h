#pragma once

#include "calendar/SchoolDay.h"
#include "calendar/WorkingTime.h"
#include "storage/Database.h"

namespace idesk {

// The periods of the school day, the school's contracted time and each
// person's working pattern.
class SchoolDayRepository
{
    Q_DECLARE_TR_FUNCTIONS(SchoolDayRepository)
public:
    explicit SchoolDayRepository(Database &db)
        : m_db(db)
    {}

    Result<SchoolDay> schoolDay() const;
    // Periods are matched by name, so timetables that use them survive a
    // re-import; a period that timetables use cannot be dropped.
    Status replacePeriods(const QList<Period> &periods);

    Result<ContractedTime> contractedTime() const;
    Status setContractedTime(const QList<int> &weekdays, const TimeWindow &window);

    Result<QHash<qint64, WorkSchedule>> workingPatterns() const;
    Status setWorkingPattern(qint64 personId, const WorkSchedule &pattern);
    // Back to the school's contracted time (no pattern of their own).
    Status clearWorkingPattern(qint64 personId);
    // Every weekday exactly as given (an undo puts back what was there).
    Status restoreContractedTime(const ContractedTime &time);

private:
    Database &m_db;
};

} // namespace idesk
