#include "PlacementRepository.h"

#include "util/Dates.h"

namespace idesk {

Result<QList<Placement>> PlacementRepository::select(const QString &where,
                                                     const QVariantList &params) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, person_id, provider, start_date, end_date"
                                      " FROM placement ") +
                           where + QStringLiteral(" ORDER BY start_date, id"),
                       params);
    if (!q)
        return q.error();
    QList<Placement> list;
    while (q->next()) {
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                     DateRange{Dates::fromDb(q->value(3)), Dates::fromDb(q->value(4))}});
    }
    return list;
}

Result<QList<Placement>> PlacementRepository::all() const
{
    return select({}, {});
}

Result<QList<Placement>> PlacementRepository::forPerson(qint64 personId) const
{
    return select(QStringLiteral("WHERE person_id = ?"), {personId});
}

Result<qint64> PlacementRepository::insert(const Placement &p)
{
    if (p.provider.trimmed().isEmpty())
        return Error::invalid(tr("A placement needs the ITT provider's name"));
    if (!p.period.from.isValid() || !p.period.to.isValid() || p.period.to < p.period.from)
        return Error::invalid(tr("A placement needs a start date and an end date on or after it"));
    auto existing = forPerson(p.personId);
    if (!existing)
        return existing.error();
    for (const auto &other : *existing) {
        if (other.period.overlaps(p.period))
            return Error::refused(
                tr("This trainee already has a placement from %1 to %2")
                    .arg(Dates::uk(other.period.from), Dates::uk(other.period.to)));
    }
    return m_db.insert(
        QStringLiteral("INSERT INTO placement (person_id, provider, start_date,"
                       " end_date) VALUES (?, ?, ?, ?)"),
        {p.personId, p.provider.trimmed(), Dates::toDb(p.period.from), Dates::toDb(p.period.to)});
}

Status PlacementRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM placement WHERE id = ?"), {id});
    return q ? Status::success() : Status(q.error());
}

} // namespace idesk
