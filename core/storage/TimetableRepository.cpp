#include "TimetableRepository.h"

#include "storage/SchoolRepository.h"
#include "util/Dates.h"

#include <QSet>

namespace idesk {

Result<int> TimetableRepository::cycleWeeks() const
{
    auto v = SchoolRepository(m_db).setting(QStringLiteral("timetable_cycle_weeks"),
                                            QStringLiteral("1"));
    if (!v)
        return v.error();
    return v->toInt() == 2 ? 2 : 1;
}

Result<bool> TimetableRepository::hasEntries() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM timetable_entry)"));
    if (!v)
        return v.error();
    return v->toInt() != 0;
}

Result<Timetable> TimetableRepository::timetable() const
{
    return read(QString(), {});
}

Result<Timetable> TimetableRepository::timetableOf(qint64 person) const
{
    return read(QStringLiteral(" WHERE person_id = ?"), {person});
}

Result<Timetable> TimetableRepository::read(const QString &where, const QVariantList &params) const
{
    auto cycle = cycleWeeks();
    if (!cycle)
        return cycle.error();
    auto q = m_db.exec(QStringLiteral("SELECT person_id, week, weekday, period_id, activity,"
                                      " class_label FROM timetable_entry") +
                           where,
                       params);
    if (!q)
        return q.error();
    QList<TimetableEntry> entries;
    while (q->next()) {
        entries.append({q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toInt(),
                        q->value(3).toLongLong(),
                        Activities::fromKey(q->value(4).toString()).value_or(Activity::Free),
                        q->value(5).toString()});
    }
    return Timetable(*cycle, entries);
}

Status TimetableRepository::replace(const QList<TimetableEntry> &entries, int cycleWeeks)
{
    return m_db.write([&]() -> Status {
        QSet<qint64> people;
        for (const auto &e : entries)
            people.insert(e.personId);
        for (qint64 id : std::as_const(people)) {
            if (auto r = m_db.exec(
                    QStringLiteral("DELETE FROM timetable_entry WHERE person_id = ?"), {id});
                !r)
                return r.error();
        }
        for (const auto &e : entries) {
            auto r = m_db.exec(
                QStringLiteral("INSERT INTO timetable_entry (person_id, week, weekday, period_id,"
                               " activity, class_label) VALUES (?, ?, ?, ?, ?, ?)"),
                {e.personId, e.week, e.weekday, e.periodId, Activities::key(e.activity),
                 e.classLabel.isEmpty() ? QVariant() : QVariant(e.classLabel)});
            if (!r)
                return r.error();
        }
        return SchoolRepository(m_db).setSetting(QStringLiteral("timetable_cycle_weeks"),
                                                 QString::number(cycleWeeks == 2 ? 2 : 1));
    });
}

Status TimetableRepository::setEntry(const TimetableEntry &e)
{
    return m_db.write([&]() -> Status {
        if (auto r = m_db.exec(
                QStringLiteral("DELETE FROM timetable_entry WHERE person_id = ? AND week = ?"
                               " AND weekday = ? AND period_id = ?"),
                {e.personId, e.week, e.weekday, e.periodId});
            !r)
            return r.error();
        auto r = m_db.exec(
            QStringLiteral("INSERT INTO timetable_entry (person_id, week, weekday, period_id,"
                           " activity, class_label) VALUES (?, ?, ?, ?, ?, ?)"),
            {e.personId, e.week, e.weekday, e.periodId, Activities::key(e.activity),
             e.classLabel.isEmpty() ? QVariant() : QVariant(e.classLabel)});
        return r ? Status::success() : Status(r.error());
    });
}

Result<QHash<QDate, int>> TimetableRepository::weekOverrides() const
{
    auto q = m_db.exec(QStringLiteral("SELECT monday, label FROM timetable_week"));
    if (!q)
        return q.error();
    QHash<QDate, int> map;
    while (q->next())
        map.insert(Dates::fromDb(q->value(0)), q->value(1).toInt());
    return map;
}

Status TimetableRepository::restore(const QList<TimetableEntry> &entries, int cycleWeeks)
{
    return m_db.write([&]() -> Status {
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM timetable_entry")); !r)
            return r.error();
        return replace(entries, cycleWeeks);
    });
}

} // namespace idesk
