#include "AssignmentRepository.h"

#include "util/Dates.h"

#include <QHash>

namespace idesk {

Result<QList<MentorAssignment>> AssignmentRepository::select(const QString &where,
                                                             const QVariantList &params) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, kind, mentor_id, mentee_id, from_date, to_date,"
                                      " replaced_by, end_reason FROM mentor_assignment ") +
                           where + QStringLiteral(" ORDER BY from_date, id"),
                       params);
    if (!q)
        return q.error();
    QList<MentorAssignment> list;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        MentorAssignment a;
        a.id = q->value(0).toLongLong();
        a.kind = PairingKinds::fromKey(q->value(1).toString()).value_or(PairingKind::Ect);
        a.mentorId = q->value(2).toLongLong();
        a.menteeId = q->value(3).toLongLong();
        a.period = {Dates::fromDb(q->value(4)), Dates::fromDb(q->value(5))};
        a.replacedBy = q->value(6).toLongLong();
        a.endReason = q->value(7).toString();
        index.insert(a.id, list.size());
        list.append(a);
    }
    if (list.isEmpty())
        return list;
    auto ack = m_db.exec(QStringLiteral("SELECT assignment_id, warning FROM"
                                        " assignment_acknowledgement ORDER BY id"));
    if (!ack)
        return ack.error();
    while (ack->next()) {
        const auto it = index.constFind(ack->value(0).toLongLong());
        const auto warning = AssignmentWarnings::fromKey(ack->value(1).toString());
        if (it != index.constEnd() && warning)
            list[*it].acknowledged.append(*warning);
    }
    return list;
}

Result<QList<MentorAssignment>> AssignmentRepository::all() const
{
    return select({}, {});
}

Result<MentorAssignment> AssignmentRepository::byId(qint64 id) const
{
    auto r = select(QStringLiteral("WHERE id = ?"), {id});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return Error::notFound(tr("No pairing has id %1").arg(id));
    return r->first();
}

Result<QList<MentorAssignment>> AssignmentRepository::forMentee(qint64 menteeId) const
{
    return select(QStringLiteral("WHERE mentee_id = ?"), {menteeId});
}

Result<QList<MentorAssignment>> AssignmentRepository::forMentor(qint64 mentorId) const
{
    return select(QStringLiteral("WHERE mentor_id = ?"), {mentorId});
}

Result<qint64> AssignmentRepository::insert(const MentorAssignment &a, QDate acknowledgedOn)
{
    Result<qint64> id = Error::storage({});
    const Status s = m_db.write([&]() -> Status {
        id = m_db.insert(QStringLiteral("INSERT INTO mentor_assignment (kind, mentor_id,"
                                        " mentee_id, from_date, to_date) VALUES (?, ?, ?, ?, ?)"),
                         {PairingKinds::key(a.kind), a.mentorId, a.menteeId,
                          Dates::toDb(a.period.from), Dates::toDb(a.period.to)});
        if (!id)
            return id.error();
        for (const auto warning : a.acknowledged) {
            auto r =
                m_db.insert(QStringLiteral("INSERT INTO assignment_acknowledgement"
                                           " (assignment_id, warning, acknowledged_on)"
                                           " VALUES (?, ?, ?)"),
                            {*id, AssignmentWarnings::key(warning), Dates::toDb(acknowledgedOn)});
            if (!r)
                return r.error();
        }
        return Status::success();
    });
    if (!s)
        return s.error();
    return id;
}

Status AssignmentRepository::close(qint64 id, QDate to, qint64 replacedBy, const QString &reason)
{
    auto q = m_db.exec(QStringLiteral("UPDATE mentor_assignment SET to_date = ?, replaced_by = ?,"
                                      " end_reason = ? WHERE id = ?"),
                       {Dates::toDb(to), replacedBy > 0 ? QVariant(replacedBy) : QVariant(),
                        reason.isEmpty() ? QVariant() : QVariant(reason), id});
    return q ? Status::success() : Status(q.error());
}

Status AssignmentRepository::reopen(qint64 id, QDate previousTo)
{
    auto q = m_db.exec(QStringLiteral("UPDATE mentor_assignment SET to_date = ?,"
                                      " replaced_by = NULL, end_reason = NULL WHERE id = ?"),
                       {Dates::toDb(previousTo), id});
    return q ? Status::success() : Status(q.error());
}

Status AssignmentRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM mentor_assignment WHERE id = ?"), {id});
    return q ? Status::success() : Status(q.error());
}

Result<QHash<qint64, MentorAssignment>> AssignmentRepository::allById() const
{
    auto list = all();
    if (!list)
        return list.error();
    QHash<qint64, MentorAssignment> byId;
    for (const MentorAssignment &a : std::as_const(*list))
        byId.insert(a.id, a);
    return byId;
}

} // namespace idesk
