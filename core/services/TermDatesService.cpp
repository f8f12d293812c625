#include "TermDatesService.h"

#include "storage/Database.h"
#include "util/SafeFile.h"

#include "calendar/TermDatesInterpreter.h"
#include "io/IcsReader.h"
#include "io/IcsWriter.h"
#include "storage/CalendarRepository.h"
#include "storage/SchoolRepository.h"

#include <QFileInfo>

namespace idesk {

Result<TermDatesReading> TermDatesService::readIcs(const QString &path,
                                                   const QList<BankHoliday> &bankHolidays)
{
    auto events = IcsReader::readFile(path);
    if (!events)
        return events.error();
    return TermDatesInterpreter::interpret(*events, QFileInfo(path).fileName(), bankHolidays);
}

Status TermDatesService::save(const TermDatesReading &reading)
{
    CalendarRepository repo(m_db);
    return m_db.write([&]() -> Status {
        for (const auto &year : reading.years) {
            if (auto s = repo.replaceYear(year.academicYear, year.terms, year.closures); !s)
                return Error::invalid(year.academicYear + QStringLiteral(": ") + s.error().message);
        }
        return Status::success();
    });
}

Result<QByteArray> TermDatesService::exportIcs(const QString &academicYear,
                                               const QDateTime &now) const
{
    auto dates = CalendarRepository(m_db).yearDates(academicYear);
    if (!dates)
        return dates.error();
    auto school = SchoolRepository(m_db).school();
    if (!school)
        return school.error();
    const QList<Term> &t = dates->terms;
    const QList<Closure> &c = dates->closures;
    if (t.isEmpty())
        return Error::notFound(academicYear.isEmpty()
                                   ? tr("There are no term dates to export yet")
                                   : tr("There are no term dates for %1").arg(academicYear));
    const QString name =
        school->name.isEmpty() ? tr("School calendar") : tr("%1 calendar").arg(school->name);
    const QString domain = school->urn.isEmpty()
                               ? QStringLiteral("inductiondesk.invalid")
                               : school->urn + QStringLiteral(".inductiondesk.invalid");
    return IcsWriter::write(name, domain, t, c, now);
}

Status TermDatesService::exportIcsTo(const QString &path, const QString &academicYear,
                                     const QDateTime &now) const
{
    auto bytes = exportIcs(academicYear, now);
    if (!bytes)
        return bytes.error();
    return SafeFile::write(path, *bytes);
}

} // namespace idesk
