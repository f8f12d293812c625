#pragma once

#include "calendar/Timetable.h"
#include "storage/Database.h"

namespace idesk {

class TimetableRepository
{
    Q_DECLARE_TR_FUNCTIONS(TimetableRepository)
public:
    explicit TimetableRepository(Database &db)
        : m_db(db)
    {}

    Result<Timetable> timetable() const;
    // One person's lessons only (the cycle as for everyone).
    Result<Timetable> timetableOf(qint64 person) const;
    // Whether any timetable has been imported or typed in.
    Result<bool> hasEntries() const;
    Result<int> cycleWeeks() const;
    // Replaces the timetables of everyone named in `entries` (whole people, so
    // a re-import leaves no stale periods behind), and sets the cycle.
    Status replace(const QList<TimetableEntry> &entries, int cycleWeeks);
    Status setEntry(const TimetableEntry &entry); // one cell, from the grid editor
    // The whole timetable exactly as given: everyone else's entries go.
    Status restore(const QList<TimetableEntry> &entries, int cycleWeeks);
    Result<QHash<QDate, int>> weekOverrides() const;

private:
    Result<Timetable> read(const QString &where, const QVariantList &params) const;

    Database &m_db;
};

} // namespace idesk
