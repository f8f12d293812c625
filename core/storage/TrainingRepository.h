#pragma once

#include "domain/TrainingActivity.h"
#include "storage/Database.h"

namespace idesk {

class TrainingRepository
{
    Q_DECLARE_TR_FUNCTIONS(TrainingRepository)
public:
    explicit TrainingRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<TrainingActivity>> all() const;
    Result<QList<TrainingActivity>> forMentor(qint64 mentorId) const;
    Result<qint64> insert(const TrainingActivity &activity);
    Status remove(qint64 id);
    static Status validate(const TrainingActivity &activity);

private:
    Result<QList<TrainingActivity>> select(const QString &where, const QVariantList &params) const;
    Database &m_db;
};

} // namespace idesk
