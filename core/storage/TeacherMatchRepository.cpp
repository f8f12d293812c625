#include "TeacherMatchRepository.h"

namespace idesk {

Result<QHash<QString, qint64>> TeacherMatchRepository::matches(const QString &source) const
{
    auto q = m_db.exec(QStringLiteral("SELECT teacher, person_id FROM timetable_teacher_match"
                                      " WHERE source = ?"),
                       {source});
    if (!q)
        return q.error();
    QHash<QString, qint64> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toLongLong());
    return out;
}

Status TeacherMatchRepository::replace(const QString &source, const QHash<QString, qint64> &matches)
{
    return m_db.write([&]() -> Status {
        if (auto r = m_db.exec(
                QStringLiteral("DELETE FROM timetable_teacher_match WHERE source = ?"), {source});
            !r)
            return r.error();
        for (auto it = matches.cbegin(); it != matches.cend(); ++it) {
            if (it.value() == 0)
                continue;
            if (auto r = m_db.exec(QStringLiteral("INSERT INTO timetable_teacher_match (source,"
                                                  " teacher, person_id) VALUES (?, ?, ?)"),
                                   {source, it.key(), it.value()});
                !r)
                return r.error();
        }
        return Status::success();
    });
}

} // namespace idesk
