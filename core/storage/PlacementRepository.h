#pragma once

#include "domain/Placement.h"
#include "storage/Database.h"

namespace idesk {

class PlacementRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlacementRepository)
public:
    explicit PlacementRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<Placement>> all() const;
    Result<QList<Placement>> forPerson(qint64 personId) const;
    Result<qint64> insert(const Placement &placement);
    Status remove(qint64 id);

private:
    Result<QList<Placement>> select(const QString &where, const QVariantList &params) const;
    Database &m_db;
};

} // namespace idesk
