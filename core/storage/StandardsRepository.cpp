#include "StandardsRepository.h"

#include "development/NationalStandards.h"
#include "util/Dates.h"

namespace idesk {

namespace {
constexpr int kMaxNote = 500;
}

Result<QList<SelfAssessment>> StandardsRepository::select(const QString &where,
                                                          const QVariantList &params) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, mentor_id, item, rating, assessed_on, note"
                                      " FROM standards_assessment ") +
                           where + QStringLiteral(" ORDER BY assessed_on, id"),
                       params);
    if (!q)
        return q.error();
    QList<SelfAssessment> list;
    while (q->next()) {
        SelfAssessment a;
        a.id = q->value(0).toLongLong();
        a.mentorId = q->value(1).toLongLong();
        a.item = q->value(2).toString();
        a.rating =
            StandardsRatings::fromKey(q->value(3).toString()).value_or(StandardsRating::Amber);
        a.date = Dates::fromDb(q->value(4));
        a.note = q->value(5).toString();
        list.append(a);
    }
    return list;
}

Result<QList<SelfAssessment>> StandardsRepository::forMentor(qint64 mentorId) const
{
    return select(QStringLiteral("WHERE mentor_id = ?"), {mentorId});
}

Result<QList<SelfAssessment>> StandardsRepository::all() const
{
    return select({}, {});
}

Status StandardsRepository::validate(const SelfAssessment &a)
{
    if (!NationalStandards::shipped().item(a.item))
        return Error::invalid(
            tr("\"%1\" is not an item of the National Standards (1.1 to 4.2)").arg(a.item));
    if (!a.date.isValid())
        return Error::invalid(tr("The self-assessment needs a date"));
    if (a.note.size() > kMaxNote)
        return Error::invalid(
            tr("The note is %1 characters long; keep it to %2").arg(a.note.size()).arg(kMaxNote));
    return Status::success();
}

Result<qint64> StandardsRepository::insert(const SelfAssessment &a)
{
    if (auto s = validate(a); !s)
        return s.error();
    return m_db.insert(QStringLiteral("INSERT INTO standards_assessment (mentor_id, item, rating,"
                                      " assessed_on, note) VALUES (?, ?, ?, ?, ?)"),
                       {a.mentorId, a.item, StandardsRatings::key(a.rating), Dates::toDb(a.date),
                        a.note.trimmed().isEmpty() ? QVariant() : QVariant(a.note.trimmed())});
}

Status StandardsRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM standards_assessment WHERE id = ?"), {id});
    return q ? Status::success() : Status(q.error());
}

} // namespace idesk
