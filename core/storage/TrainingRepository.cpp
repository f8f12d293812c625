#include "TrainingRepository.h"

#include "util/Dates.h"

namespace idesk {

Result<QList<TrainingActivity>> TrainingRepository::select(const QString &where,
                                                           const QVariantList &params) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, mentor_id, day, kind, event, hours, attended,"
                                      " note FROM training_activity ") +
                           where + QStringLiteral(" ORDER BY day, id"),
                       params);
    if (!q)
        return q.error();
    QList<TrainingActivity> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), Dates::fromDb(q->value(2)),
                     q->value(3).toString(), q->value(4).toString(), q->value(5).toDouble(),
                     q->value(6).toInt() != 0, q->value(7).toString()});
    return list;
}

Result<QList<TrainingActivity>> TrainingRepository::all() const
{
    return select({}, {});
}

Result<QList<TrainingActivity>> TrainingRepository::forMentor(qint64 mentorId) const
{
    return select(QStringLiteral("WHERE mentor_id = ?"), {mentorId});
}

Status TrainingRepository::validate(const TrainingActivity &a)
{
    if (!a.day.isValid())
        return Error::invalid(tr("The training needs a date"));
    if (!TrainingActivity::kinds().contains(a.kind))
        return Error::invalid(
            tr("\"%1\" is not a kind of training (%2)")
                .arg(a.kind, TrainingActivity::kinds().join(QStringLiteral(", "))));
    if (!TrainingActivity::events().contains(a.event))
        return Error::invalid(
            tr("\"%1\" is not a training event (%2)")
                .arg(a.event, TrainingActivity::events().join(QStringLiteral(", "))));
    if (!(a.hours >= 0.0 && a.hours <= 40.0))
        return Error::invalid(tr("%1 hours is not a length of training (0 to 40)").arg(a.hours));
    return Status::success();
}

Result<qint64> TrainingRepository::insert(const TrainingActivity &a)
{
    if (auto s = validate(a); !s)
        return s.error();
    return m_db.insertRow(QStringLiteral("training_activity"),
                          {QStringLiteral("mentor_id"), QStringLiteral("day"),
                           QStringLiteral("kind"), QStringLiteral("event"), QStringLiteral("hours"),
                           QStringLiteral("attended"), QStringLiteral("note")},
                          {a.mentorId, Dates::toDb(a.day), a.kind, a.event, a.hours,
                           a.attended ? 1 : 0, a.note.isEmpty() ? QVariant() : QVariant(a.note)},
                          a.id);
}

Status TrainingRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM training_activity WHERE id = ?"), {id});
    return q ? Status::success() : Status(q.error());
}

} // namespace idesk
