#include "TimetableCellChange.h"

#include "storage/TimetableRepository.h"

#include <QCoreApplication>

namespace idesk {

namespace {
QString describe(const TimetableEntry &e)
{
    return QCoreApplication::translate("TimetableCellChange", "Change timetable: %1")
        .arg(Activities::displayName(e.activity));
}
} // namespace

TimetableCellChange::TimetableCellChange(TimetableEntry before, TimetableEntry after)
    : Change(describe(after), Topic::Timetables)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status TimetableCellChange::apply(Database &db)
{
    return TimetableRepository(db).setEntry(m_after);
}

Status TimetableCellChange::revert(Database &db)
{
    return TimetableRepository(db).setEntry(m_before);
}

} // namespace idesk
