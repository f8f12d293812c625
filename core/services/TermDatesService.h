#pragma once

#include "calendar/TermDatesReading.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

class Database;

// Term dates in and out as iCalendar, shared by the app and the CLI.
class TermDatesService
{
    Q_DECLARE_TR_FUNCTIONS(TermDatesService)
public:
    explicit TermDatesService(Database &db)
        : m_db(db)
    {}

    // Reads and interprets a file without saving: what the user previews.
    static Result<TermDatesReading> readIcs(const QString &path,
                                            const QList<BankHoliday> &bankHolidays);
    // Replaces each academic year in the reading, all in one transaction.
    Status save(const TermDatesReading &reading);
    // The whole calendar, or one academic year of it, as .ics text.
    Result<QByteArray> exportIcs(const QString &academicYear, const QDateTime &now) const;
    // Writes atomically: the file is either the old one or the complete new one.
    Status exportIcsTo(const QString &path, const QString &academicYear,
                       const QDateTime &now) const;

private:
    Database &m_db;
};

} // namespace idesk
