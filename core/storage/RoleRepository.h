#pragma once

#include "domain/RoleTenure.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>

namespace idesk {

class RoleRepository
{
    Q_DECLARE_TR_FUNCTIONS(RoleRepository)
public:
    explicit RoleRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<RoleTenure>> all() const;
    Result<QList<RoleTenure>> forPerson(qint64 personId) const;
    // Person id -> the roles they hold on `day`.
    Result<QHash<qint64, QList<Role>>> heldOn(QDate day) const;
    Result<bool> holds(qint64 personId, Role role, QDate day) const;

    // Refuses a tenure that overlaps another of the same role for the person.
    Result<qint64> add(const RoleTenure &tenure);
    // Ends the tenure that is open on `to` (or open-ended) on that day.
    Status end(qint64 personId, Role role, QDate to);
    Status remove(qint64 tenureId);
    Status restore(const RoleTenure &tenure); // puts back a removed tenure with its id
    Status setEnd(qint64 tenureId, QDate to);

private:
    Result<QList<RoleTenure>> select(const QString &where, const QVariantList &params) const;
    Database &m_db;
};

} // namespace idesk
