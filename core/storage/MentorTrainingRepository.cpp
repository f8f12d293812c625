#include "MentorTrainingRepository.h"

#include "util/Dates.h"

namespace idesk {

Result<QList<MentorTraining>> MentorTrainingRepository::forMentor(qint64 mentorId) const
{
    return select(QStringLiteral("WHERE mentor_id = ?"), {mentorId});
}

Result<QList<MentorTraining>> MentorTrainingRepository::all() const
{
    return select({}, {});
}

Result<QList<MentorTraining>> MentorTrainingRepository::select(const QString &where,
                                                               const QVariantList &params) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, mentor_id, programme, start_date, assignment_id,"
                                      " reason FROM mentor_training ") +
                           where + QStringLiteral(" ORDER BY mentor_id, start_date, id"),
                       params);
    if (!q)
        return q.error();
    QList<MentorTraining> list;
    while (q->next()) {
        MentorTraining t;
        t.id = q->value(0).toLongLong();
        t.mentorId = q->value(1).toLongLong();
        t.programme = TrainingProgrammes::fromKey(q->value(2).toString())
                          .value_or(TrainingProgramme::EctMentor);
        t.start = Dates::fromDb(q->value(3));
        t.assignmentId = q->value(4).toLongLong();
        t.reason = q->value(5).toString();
        list.append(t);
    }
    return list;
}

Result<qint64> MentorTrainingRepository::insert(const MentorTraining &t)
{
    return m_db.insert(QStringLiteral("INSERT INTO mentor_training (mentor_id, programme,"
                                      " start_date, assignment_id, reason) VALUES (?, ?, ?, ?, ?)"),
                       {t.mentorId, TrainingProgrammes::key(t.programme), Dates::toDb(t.start),
                        t.assignmentId > 0 ? QVariant(t.assignmentId) : QVariant(),
                        t.reason.isEmpty() ? QVariant() : QVariant(t.reason)});
}

Status MentorTrainingRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM mentor_training WHERE id = ?"), {id});
    return q ? Status::success() : Status(q.error());
}

} // namespace idesk
