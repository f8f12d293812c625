#pragma once

#include "application/Change.h"
#include "calendar/Timetable.h"

namespace idesk {

// One cell of a person's timetable changed in the grid. Each change is its
// own undo step: every one is a deliberate choice from the cell's menu.
class TimetableCellChange final : public Change
{
public:
    TimetableCellChange(TimetableEntry before, TimetableEntry after);

    const TimetableEntry &before() const { return m_before; }
    const TimetableEntry &after() const { return m_after; }

private:
    Status apply(Database &db) override;
    Status revert(Database &db) override;

    TimetableEntry m_before;
    TimetableEntry m_after;
};

} // namespace idesk
