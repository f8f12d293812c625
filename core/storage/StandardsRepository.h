#pragma once

#include "development/SelfAssessment.h"
#include "storage/Database.h"

namespace idesk {

// Self-assessment ratings. Nothing is overwritten: a new rating is a new row,
// so the history of each item stays.
class StandardsRepository
{
    Q_DECLARE_TR_FUNCTIONS(StandardsRepository)
public:
    explicit StandardsRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<SelfAssessment>> forMentor(qint64 mentorId) const;
    Result<QList<SelfAssessment>> all() const;
    Result<qint64> insert(const SelfAssessment &assessment);
    Status remove(qint64 id);
    // Refuses an item the shipped standards do not list, a missing date, an
    // over-long note.
    static Status validate(const SelfAssessment &assessment);

private:
    Result<QList<SelfAssessment>> select(const QString &where, const QVariantList &params) const;
    Database &m_db;
};

} // namespace idesk
