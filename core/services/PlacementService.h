#pragma once

#include "domain/Placement.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

class Database;

// Adds a trainee's placement, making them a trainee for its dates.
class PlacementService
{
    Q_DECLARE_TR_FUNCTIONS(PlacementService)
public:
    explicit PlacementService(Database &db)
        : m_db(db)
    {}
    // `addedRoleId` receives the trainee role granted for the placement (0 if held already).
    Result<qint64> add(const Placement &placement, qint64 *addedRoleId = nullptr);

private:
    Database &m_db;
};

} // namespace idesk
