#pragma once

#include "domain/MentorTraining.h"
#include "storage/Database.h"

namespace idesk {

class MentorTrainingRepository
{
public:
    explicit MentorTrainingRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<MentorTraining>> forMentor(qint64 mentorId) const;
    Result<QList<MentorTraining>> all() const; // by mentor, oldest first
    Result<qint64> insert(const MentorTraining &record);
    Status remove(qint64 id);

private:
    Result<QList<MentorTraining>> select(const QString &where, const QVariantList &params) const;

    Database &m_db;
};

} // namespace idesk
