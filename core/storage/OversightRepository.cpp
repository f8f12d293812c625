#include "OversightRepository.h"

#include "util/Dates.h"

namespace idesk {

Result<QList<MentorOversight>> OversightRepository::select(const QString &where,
                                                           const QVariantList &params) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, lead_mentor_id, mentor_id, since FROM mentor_oversight ") +
            where + QStringLiteral(" ORDER BY id"),
        params);
    if (!q)
        return q.error();
    QList<MentorOversight> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                     Dates::fromDb(q->value(3))});
    return list;
}

Result<QList<MentorOversight>> OversightRepository::all() const
{
    return select({}, {});
}

Result<QList<MentorOversight>> OversightRepository::forLead(qint64 leadMentorId) const
{
    return select(QStringLiteral("WHERE lead_mentor_id = ?"), {leadMentorId});
}

Result<qint64> OversightRepository::add(const MentorOversight &o)
{
    if (o.leadMentorId == o.mentorId)
        return Error::refused(tr("A lead mentor cannot oversee themselves"));
    if (!o.since.isValid())
        return Error::invalid(tr("The oversight needs a start date"));
    auto existing = forLead(o.leadMentorId);
    if (!existing)
        return existing.error();
    for (const MentorOversight &e : std::as_const(*existing)) {
        if (e.mentorId == o.mentorId)
            return Error::refused(tr("That lead mentor already oversees this mentor"));
    }
    return m_db.insertRow(
        QStringLiteral("mentor_oversight"),
        {QStringLiteral("lead_mentor_id"), QStringLiteral("mentor_id"), QStringLiteral("since")},
        {o.leadMentorId, o.mentorId, Dates::toDb(o.since)}, o.id);
}

Status OversightRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM mentor_oversight WHERE id = ?"), {id});
    return q ? Status::success() : Status(q.error());
}

} // namespace idesk
