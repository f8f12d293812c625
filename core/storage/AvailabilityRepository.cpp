#include "AvailabilityRepository.h"

#include "util/Dates.h"

namespace idesk {

Result<QList<Absence>> AvailabilityRepository::absences() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, person_id, from_date, to_date, kind FROM absence ORDER BY from_date, id"));
    if (!q)
        return q.error();
    QList<Absence> list;
    while (q->next())
        list.append({q->value(0).toLongLong(),
                     q->value(1).toLongLong(),
                     {Dates::fromDb(q->value(2)), Dates::fromDb(q->value(3))},
                     q->value(4).toString()});
    return list;
}

Result<qint64> AvailabilityRepository::addAbsence(const Absence &a)
{
    if (!a.period.isValid() || a.period.isOpenEnded())
        return Error::invalid(tr("An absence needs a first and a last day, in order"));
    return m_db.insertRow(
        QStringLiteral("absence"),
        {QStringLiteral("person_id"), QStringLiteral("from_date"), QStringLiteral("to_date"),
         QStringLiteral("kind")},
        {a.personId, Dates::toDb(a.period.from), Dates::toDb(a.period.to), a.kind}, a.id);
}

Status AvailabilityRepository::removeAbsence(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM absence WHERE id = ?"), {id});
    return q ? Status::success() : Status(q.error());
}

Result<QList<BlockedTime>> AvailabilityRepository::blockedTimes() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, person_id, day, start_time, end_time, reason"
                                      " FROM blocked_time ORDER BY day, start_time"));
    if (!q)
        return q.error();
    QList<BlockedTime> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), Dates::fromDb(q->value(2)),
                     QTime::fromString(q->value(3).toString(), QStringLiteral("HH:mm")),
                     QTime::fromString(q->value(4).toString(), QStringLiteral("HH:mm")),
                     q->value(5).toString()});
    return list;
}

Result<qint64> AvailabilityRepository::addBlockedTime(const BlockedTime &b)
{
    if (!b.day.isValid() || !b.start.isValid() || !b.end.isValid() || b.end <= b.start)
        return Error::invalid(tr("A blocked time needs a day and a start before its end"));
    return m_db.insertRow(QStringLiteral("blocked_time"),
                          {QStringLiteral("person_id"), QStringLiteral("day"),
                           QStringLiteral("start_time"), QStringLiteral("end_time"),
                           QStringLiteral("reason")},
                          {b.personId > 0 ? QVariant(b.personId) : QVariant(), Dates::toDb(b.day),
                           b.start.toString(QStringLiteral("HH:mm")),
                           b.end.toString(QStringLiteral("HH:mm")), b.reason},
                          b.id);
}

Status AvailabilityRepository::removeBlockedTime(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM blocked_time WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::notFound(tr("No blocked time has id %1").arg(id));
    return Status::success();
}

} // namespace idesk
