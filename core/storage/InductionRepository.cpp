#include "InductionRepository.h"

#include "util/Dates.h"

#include <QHash>

namespace idesk {

Result<QList<Induction>> InductionRepository::select(const QString &where,
                                                     const QVariantList &params) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, person_id, start_date, fte, route,"
                                      " appropriate_body, terms_required, prior_terms, legacy"
                                      " FROM induction ") +
                           where + QStringLiteral(" ORDER BY start_date, id"),
                       params);
    if (!q)
        return q.error();
    QList<Induction> list;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        Induction i;
        i.id = q->value(0).toLongLong();
        i.personId = q->value(1).toLongLong();
        i.start = Dates::fromDb(q->value(2));
        i.fte = q->value(3).toDouble();
        i.route =
            Induction::routeFromKey(q->value(4).toString()).value_or(ProgrammeRoute::ProviderLed);
        i.appropriateBody = q->value(5).toString();
        i.termsRequired = q->value(6).toDouble();
        i.priorTerms = q->value(7).toDouble();
        i.legacy = q->value(8).toInt() != 0;
        index.insert(i.id, list.size());
        list.append(i);
    }
    if (list.isEmpty())
        return list;
    auto s = m_db.exec(QStringLiteral("SELECT id, induction_id, status, from_date, reason_code,"
                                      " reason FROM induction_status ORDER BY from_date, id"));
    if (!s)
        return s.error();
    while (s->next()) {
        const auto it = index.constFind(s->value(1).toLongLong());
        if (it == index.constEnd())
            continue;
        InductionStatusChange c;
        c.id = s->value(0).toLongLong();
        c.status =
            Induction::statusFromKey(s->value(2).toString()).value_or(InductionStatus::Active);
        c.from = Dates::fromDb(s->value(3));
        c.reasonCode = s->value(4).toString();
        c.reasonText = s->value(5).toString();
        list[*it].history.append(c);
    }
    return list;
}

Result<QList<Induction>> InductionRepository::all() const
{
    return select({}, {});
}

Result<QList<Induction>> InductionRepository::forPerson(qint64 personId) const
{
    return select(QStringLiteral("WHERE person_id = ?"), {personId});
}

Result<Induction> InductionRepository::byId(qint64 id) const
{
    auto r = select(QStringLiteral("WHERE id = ?"), {id});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return Error::notFound(tr("No induction has id %1").arg(id));
    return r->first();
}

Result<qint64> InductionRepository::insert(const Induction &i)
{
    Result<qint64> id = Error::storage({});
    const Status s = m_db.write([&]() -> Status {
        id = m_db.insert(QStringLiteral("INSERT INTO induction (person_id, start_date, fte, route,"
                                        " appropriate_body, terms_required, prior_terms, legacy)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {i.personId, Dates::toDb(i.start), i.fte, Induction::routeKey(i.route),
                          i.appropriateBody.isEmpty() ? QVariant() : QVariant(i.appropriateBody),
                          i.termsRequired, i.priorTerms, i.legacy ? 1 : 0});
        if (!id)
            return id.error();
        InductionStatusChange first;
        first.status = InductionStatus::Active;
        first.from = i.start;
        auto c = addStatusChange(*id, first);
        return c ? Status::success() : Status(c.error());
    });
    if (!s)
        return s.error();
    return id;
}

Result<qint64> InductionRepository::addStatusChange(qint64 inductionId,
                                                    const InductionStatusChange &c)
{
    return m_db.insert(QStringLiteral("INSERT INTO induction_status (induction_id, status,"
                                      " from_date, reason_code, reason) VALUES (?, ?, ?, ?, ?)"),
                       {inductionId, Induction::statusKey(c.status), Dates::toDb(c.from),
                        c.reasonCode.isEmpty() ? QVariant() : QVariant(c.reasonCode),
                        c.reasonText.isEmpty() ? QVariant() : QVariant(c.reasonText)});
}

Status InductionRepository::removeStatusChange(qint64 changeId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM induction_status WHERE id = ?"), {changeId});
    return q ? Status::success() : Status(q.error());
}

Status InductionRepository::remove(qint64 inductionId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM induction WHERE id = ?"), {inductionId});
    return q ? Status::success() : Status(q.error());
}

} // namespace idesk
