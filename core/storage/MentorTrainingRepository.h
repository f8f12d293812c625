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
    Result<qint64> insert(const MentorTraining &record);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace idesk
