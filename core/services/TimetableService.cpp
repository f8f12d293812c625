#include "TimetableService.h"

#include "storage/Database.h"

#include "io/CsvReader.h"
#include "storage/PersonRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/TimetableRepository.h"

#include <QSet>

namespace idesk {

Result<TimetableImport> TimetableService::readCsv(const QString &path, QStringList *problems) const
{
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    auto day = SchoolDayRepository(m_db).schoolDay();
    if (!day)
        return day.error();
    auto people = PersonRepository(m_db).all();
    if (!people)
        return people.error();
    QHash<QString, qint64> codes;
    for (const auto &p : std::as_const(*people)) {
        if (!p.staffCode.isEmpty())
            codes.insert(p.staffCode.toUpper(), p.id);
    }
    return TimetableCsv::parse(*table, *day, codes, problems);
}

Status TimetableService::save(const TimetableImport &import)
{
    TimetableRepository repo(m_db);
    return m_db.write([&]() -> Status {
        // A one-week file for some people keeps the school on two weeks if
        // others are already timetabled over two.
        auto current = repo.timetable();
        if (!current)
            return current.error();
        int cycle = import.cycleWeeks;
        if (cycle == 1 && current->cycleWeeks() == 2) {
            QList<TimetableEntry> both = import.entries;
            for (auto e : import.entries) {
                e.week = 1;
                both.append(e);
            }
            return repo.replace(both, 2);
        }
        if (cycle == 2 && current->cycleWeeks() == 1) {
            // Everyone else's one-week timetable now repeats in week B.
            QSet<qint64> imported;
            for (const auto &e : import.entries)
                imported.insert(e.personId);
            QList<TimetableEntry> all = import.entries;
            for (const auto &e : current->allEntries()) {
                if (imported.contains(e.personId))
                    continue;
                all.append(e);
                TimetableEntry b = e;
                b.week = 1;
                all.append(b);
            }
            return repo.replace(all, 2);
        }
        return repo.replace(import.entries, cycle);
    });
}

} // namespace idesk
