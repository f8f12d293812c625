#include "RoleRepository.h"

#include "util/Dates.h"

namespace idesk {

Result<QList<RoleTenure>> RoleRepository::select(const QString &where,
                                                 const QVariantList &params) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, person_id, role, from_date, to_date FROM person_role ") + where +
            QStringLiteral(" ORDER BY person_id, from_date, id"),
        params);
    if (!q)
        return q.error();
    QList<RoleTenure> list;
    while (q->next()) {
        const auto role = Roles::fromKey(q->value(2).toString());
        if (!role)
            continue; // a role from a newer version: not ours to interpret
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), *role,
                     DateRange{Dates::fromDb(q->value(3)), Dates::fromDb(q->value(4))}});
    }
    return list;
}

Result<QList<RoleTenure>> RoleRepository::all() const
{
    return select({}, {});
}

Result<QList<RoleTenure>> RoleRepository::forPerson(qint64 personId) const
{
    return select(QStringLiteral("WHERE person_id = ?"), {personId});
}

Result<QHash<qint64, QList<Role>>> RoleRepository::heldOn(QDate day) const
{
    auto list = select(QStringLiteral("WHERE from_date <= ? AND (to_date IS NULL OR to_date >= ?)"),
                       {Dates::toDb(day), Dates::toDb(day)});
    if (!list)
        return list.error();
    QHash<qint64, QList<Role>> held;
    for (const auto &t : *list) {
        auto &roles = held[t.personId];
        if (!roles.contains(t.role))
            roles.append(t.role);
    }
    return held;
}

Result<bool> RoleRepository::holds(qint64 personId, Role role, QDate day) const
{
    auto list = forPerson(personId);
    if (!list)
        return list.error();
    for (const auto &t : *list) {
        if (t.role == role && t.period.contains(day))
            return true;
    }
    return false;
}

Result<qint64> RoleRepository::add(const RoleTenure &tenure)
{
    if (!tenure.period.isValid())
        return Error::invalid(tr("A role needs a start date, and cannot end before it starts"));
    auto existing = forPerson(tenure.personId);
    if (!existing)
        return existing.error();
    for (const auto &t : *existing) {
        if (t.role == tenure.role && t.period.overlaps(tenure.period))
            return Error::refused(tr("This person already holds the role %1 from %2")
                                      .arg(Roles::displayName(t.role), Dates::uk(t.period.from)));
    }
    return m_db.insert(QStringLiteral("INSERT INTO person_role (person_id, role, from_date,"
                                      " to_date) VALUES (?, ?, ?, ?)"),
                       {tenure.personId, Roles::key(tenure.role), Dates::toDb(tenure.period.from),
                        Dates::toDb(tenure.period.to)});
}

Status RoleRepository::end(qint64 personId, Role role, QDate to)
{
    auto existing = forPerson(personId);
    if (!existing)
        return existing.error();
    for (const auto &t : *existing) {
        if (t.role != role || !(t.period.isOpenEnded() || t.period.to >= to) || t.period.from > to)
            continue;
        return setEnd(t.id, to);
    }
    return Error::notFound(tr("This person does not hold the role %1 on %2")
                               .arg(Roles::displayName(role), Dates::uk(to)));
}

Status RoleRepository::setEnd(qint64 tenureId, QDate to)
{
    auto q = m_db.exec(QStringLiteral("UPDATE person_role SET to_date = ? WHERE id = ?"),
                       {Dates::toDb(to), tenureId});
    return q ? Status::success() : Status(q.error());
}

Status RoleRepository::remove(qint64 tenureId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM person_role WHERE id = ?"), {tenureId});
    return q ? Status::success() : Status(q.error());
}

Status RoleRepository::restore(const RoleTenure &t)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO person_role (id, person_id, role, from_date,"
                                      " to_date) VALUES (?, ?, ?, ?, ?)"),
                       {t.id, t.personId, Roles::key(t.role), Dates::toDb(t.period.from),
                        Dates::toDb(t.period.to)});
    return q ? Status::success() : Status(q.error());
}

} // namespace idesk
