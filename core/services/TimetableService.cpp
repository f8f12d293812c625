#include "TimetableService.h"

#include "io/TimetableFileReader.h"
#include "services/TimetableMatcher.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/TeacherMatchRepository.h"
#include "storage/TimetableRepository.h"

#include <QSet>

#include <algorithm>

namespace idesk {

namespace {
// Whose timetable the import would change: a person's entries differ, or
// the cycle does.
int changedPeople(const TimetablePlan &plan, const Timetable &current)
{
    QHash<qint64, QList<TimetableEntry>> wanted;
    for (const TimetableEntry &e : plan.import.entries)
        wanted[e.personId].append(e);
    const bool cycleChanges = plan.import.cycleWeeks != current.cycleWeeks() &&
                              !(plan.import.cycleWeeks == 1 && current.cycleWeeks() == 2);
    const auto order = [](const TimetableEntry &a, const TimetableEntry &b) {
        return std::tie(a.week, a.weekday, a.periodId) < std::tie(b.week, b.weekday, b.periodId);
    };
    int changed = 0;
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        QList<TimetableEntry> now = current.entriesOf(it.key());
        QList<TimetableEntry> want = it.value();
        if (plan.import.cycleWeeks == 1 && current.cycleWeeks() == 2) {
            // A one-week file for a two-week school repeats in week B.
            for (const TimetableEntry &e : it.value()) {
                TimetableEntry b = e;
                b.week = 1;
                want.append(b);
            }
        }
        std::sort(now.begin(), now.end(), order);
        std::sort(want.begin(), want.end(), order);
        bool same = !cycleChanges && now.size() == want.size();
        for (qsizetype i = 0; same && i < now.size(); ++i) {
            const TimetableEntry &a = now.at(i), &b = want.at(i);
            same = a.week == b.week && a.weekday == b.weekday && a.periodId == b.periodId &&
                   a.activity == b.activity && a.classLabel == b.classLabel;
        }
        changed += same ? 0 : 1;
    }
    return changed;
}
} // namespace

Result<TimetablePlan> TimetableService::read(const QString &path,
                                             const TimetableReadOptions &options) const
{
    auto file = TimetableFileReader::read(path, options.format);
    if (!file)
        return file.error();
    return plan(*file, options);
}

Result<TimetablePlan> TimetableService::plan(const TimetableFile &file,
                                             const TimetableReadOptions &options) const
{
    auto day = SchoolDayRepository(m_db).schoolDay();
    if (!day)
        return day.error();
    auto people = PersonRepository(m_db).all();
    if (!people)
        return people.error();
    auto remembered = TeacherMatchRepository(m_db).matches(file.source);
    if (!remembered)
        return remembered.error();
    TimetableMatcher::Options match;
    match.by = options.by;
    match.remembered = *remembered;
    match.byHand = options.byHand;
    auto plan = TimetableMatcher::plan(file, *people, *day, match);
    if (!plan)
        return plan.error();
    auto current = TimetableRepository(m_db).timetable();
    if (!current)
        return current.error();
    plan->changedPeople = changedPeople(*plan, *current);
    return plan;
}

Status TimetableService::save(const TimetablePlan &plan)
{
    return m_db.write([&]() -> Status {
        TimetableImport import = plan.import;
        if (!plan.newSchoolDay.isEmpty()) {
            SchoolDayRepository days(m_db);
            if (auto s = days.replacePeriods(plan.newSchoolDay); !s)
                return s;
            auto day = days.schoolDay();
            if (!day)
                return day.error();
            // The plan's provisional ids (1 to n) become the saved ones.
            QHash<qint64, qint64> ids;
            for (const Period &p : plan.newSchoolDay) {
                const Period *saved = day->byName(p.name);
                if (!saved)
                    return Error::storage(tr("the period %1 was not saved").arg(p.name));
                ids.insert(p.id, saved->id);
            }
            for (TimetableEntry &e : import.entries)
                e.periodId = ids.value(e.periodId);
        }
        if (!plan.file.source.isEmpty()) {
            TeacherMatchRepository matches(m_db);
            auto held = matches.matches(plan.file.source);
            if (!held)
                return held.error();
            QHash<QString, qint64> merged = *held;
            for (const TeacherMatch &t : plan.teachers) {
                if (t.how == TeacherMatch::How::ByHand)
                    merged.insert(t.key, t.personId);
            }
            if (merged != *held) {
                if (auto s = matches.replace(plan.file.source, merged); !s)
                    return s;
            }
        }
        return save(import);
    });
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
