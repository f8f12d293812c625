#pragma once

#include "storage/Database.h"

#include <QHash>

namespace idesk {

// Teachers of timetable exports matched to staff by hand, per source, so the
// next export from the same timetabling program needs no matching again.
class TeacherMatchRepository
{
public:
    explicit TeacherMatchRepository(Database &db)
        : m_db(db)
    {}

    Result<QHash<QString, qint64>> matches(const QString &source) const; // teacher -> person
    // The source's matches exactly as given.
    Status replace(const QString &source, const QHash<QString, qint64> &matches);

private:
    Database &m_db;
};

} // namespace idesk
