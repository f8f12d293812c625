#pragma once

#include "domain/Induction.h"
#include "storage/Database.h"

namespace idesk {

class InductionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InductionRepository)
public:
    explicit InductionRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<Induction>> all() const;
    Result<QList<Induction>> forPerson(qint64 personId) const;
    Result<Induction> byId(qint64 id) const;

    // Stores the induction and its first status (Active from the start date).
    Result<qint64> insert(const Induction &induction);
    Result<qint64> addStatusChange(qint64 inductionId, const InductionStatusChange &change);
    Status removeStatusChange(qint64 changeId);
    Status remove(qint64 inductionId);

private:
    Result<QList<Induction>> select(const QString &where, const QVariantList &params) const;
    Database &m_db;
};

} // namespace idesk
