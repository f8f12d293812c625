#pragma once

#include "domain/MentorAssignment.h"
#include "storage/Database.h"

#include <QHash>

namespace idesk {

class AssignmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentRepository)
public:
    explicit AssignmentRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<MentorAssignment>> all() const;
    Result<QHash<qint64, MentorAssignment>> allById() const;
    Result<MentorAssignment> byId(qint64 id) const;
    Result<QList<MentorAssignment>> forMentee(qint64 menteeId) const;
    Result<QList<MentorAssignment>> forMentor(qint64 mentorId) const;

    // Stores the pairing and one acknowledgement row per acknowledged warning.
    Result<qint64> insert(const MentorAssignment &assignment, QDate acknowledgedOn);
    // Closes a pairing on `to`; `replacedBy` links the successor (0 for none).
    Status close(qint64 id, QDate to, qint64 replacedBy, const QString &reason);
    // Undo of close: back to the end it had before (invalid: open-ended).
    Status reopen(qint64 id, QDate previousTo);
    Status remove(qint64 id);

private:
    Result<QList<MentorAssignment>> select(const QString &where, const QVariantList &params) const;
    Database &m_db;
};

} // namespace idesk
