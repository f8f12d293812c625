#pragma once

#include "development/MentorOversight.h"
#include "storage/Database.h"

namespace idesk {

class OversightRepository
{
    Q_DECLARE_TR_FUNCTIONS(OversightRepository)
public:
    explicit OversightRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<MentorOversight>> all() const;
    Result<QList<MentorOversight>> forLead(qint64 leadMentorId) const;
    // Refuses a lead mentor overseeing themselves or the same mentor twice.
    Result<qint64> add(const MentorOversight &oversight);
    Status remove(qint64 id);

private:
    Result<QList<MentorOversight>> select(const QString &where, const QVariantList &params) const;
    Database &m_db;
};

} // namespace idesk
