#include "SessionRepository.h"

#include "util/Dates.h"

namespace idesk {

namespace {
const QString kColumns = QStringLiteral(
    "id, assignment_id, kind, ordinal, week_monday, day, period_id, start_time, minutes, status,"
    " hand_placed, exceptional_reason, note, cancel_reason, rescheduled_to, action_step,"
    " action_practised");

// "HH:mm" as stored, read by hand: a term's sessions are read at a time,
// and QTime::fromString with a format costs more than the rest of the row.
QTime timeFromDb(const QVariant &value)
{
    const QString t = value.toString();
    const auto digit = [&](int i) {
        return t.at(i).unicode() - u'0';
    };
    if (t.size() == 5 && t.at(2) == QLatin1Char(':') &&
        std::all_of(t.cbegin(), t.cend(), [](QChar c) {
            return c == QLatin1Char(':') || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        }))
        return QTime(digit(0) * 10 + digit(1), digit(3) * 10 + digit(4));
    return QTime::fromString(t, QStringLiteral("HH:mm"));
}

MentoringSession fromRow(const QSqlQuery &q)
{
    MentoringSession s;
    s.id = q.value(0).toLongLong();
    s.assignmentId = q.value(1).toLongLong();
    s.kind = SessionKinds::fromKey(q.value(2).toString()).value_or(SessionKind::Coaching);
    s.ordinal = q.value(3).toInt();
    s.weekMonday = Dates::fromDb(q.value(4));
    s.day = Dates::fromDb(q.value(5));
    s.periodId = q.value(6).toLongLong();
    s.start = timeFromDb(q.value(7));
    s.minutes = q.value(8).toInt();
    s.status = SessionStatuses::fromKey(q.value(9).toString()).value_or(SessionStatus::Planned);
    s.handPlaced = q.value(10).toInt() != 0;
    s.exceptionalReason = q.value(11).toString();
    s.note = q.value(12).toString();
    s.cancelReason = q.value(13).toString();
    s.rescheduledTo = q.value(14).toLongLong();
    s.actionStep = q.value(15).toString();
    if (!q.value(16).isNull())
        s.actionPractised = q.value(16).toInt() != 0;
    return s;
}

QVariantList valuesOf(const MentoringSession &s)
{
    return {s.assignmentId,
            SessionKinds::key(s.kind),
            s.ordinal,
            Dates::toDb(s.weekMonday),
            Dates::toDb(s.day),
            s.periodId > 0 ? QVariant(s.periodId) : QVariant(),
            s.start.toString(QStringLiteral("HH:mm")),
            s.minutes,
            SessionStatuses::key(s.status),
            s.handPlaced ? 1 : 0,
            s.exceptionalReason.isEmpty() ? QVariant() : QVariant(s.exceptionalReason),
            s.note.isEmpty() ? QVariant() : QVariant(s.note),
            s.cancelReason.isEmpty() ? QVariant() : QVariant(s.cancelReason),
            s.rescheduledTo > 0 ? QVariant(s.rescheduledTo) : QVariant(),
            s.actionStep.isEmpty() ? QVariant() : QVariant(s.actionStep),
            s.actionPractised ? QVariant(*s.actionPractised ? 1 : 0) : QVariant()};
}
} // namespace

Result<QList<MentoringSession>> SessionRepository::inWeeks(const DateRange &range) const
{
    return inWeeksWhere(range, QString(), {});
}

Result<QList<MentoringSession>> SessionRepository::inWeeksOf(const DateRange &range,
                                                             const QSet<qint64> &pairings) const
{
    if (pairings.isEmpty())
        return QList<MentoringSession>();
    QStringList marks;
    QVariantList params;
    for (qint64 id : pairings) {
        marks.append(QStringLiteral("?"));
        params.append(id);
    }
    return inWeeksWhere(range,
                        QStringLiteral(" AND assignment_id IN (") + marks.join(QLatin1Char(',')) +
                            QLatin1Char(')'),
                        params);
}

Result<QList<MentoringSession>>
SessionRepository::inWeeksWhere(const DateRange &range, const QString &also,
                                const QVariantList &alsoParams) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM mentoring_session WHERE week_monday >= ?");
    QVariantList params{
        Dates::toDb(range.from.isValid() ? range.from.addDays(-6) : QDate(1900, 1, 1))};
    if (!range.isOpenEnded()) {
        sql += QStringLiteral(" AND week_monday <= ?");
        params.append(Dates::toDb(range.to));
    }
    sql += also + QStringLiteral(" ORDER BY day, start_time, id");
    params += alsoParams;
    auto q = m_db.exec(sql, params);
    if (!q)
        return q.error();
    QList<MentoringSession> list;
    while (q->next()) {
        MentoringSession s = fromRow(*q);
        if (!range.from.isValid() || s.weekMonday.addDays(6) >= range.from)
            list.append(s);
    }
    return list;
}

Result<QList<MentoringSession>> SessionRepository::forAssignments(const QList<qint64> &ids) const
{
    QList<MentoringSession> list;
    if (ids.isEmpty())
        return list;
    QStringList marks;
    QVariantList params;
    for (qint64 id : ids) {
        marks.append(QStringLiteral("?"));
        params.append(id);
    }
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM mentoring_session WHERE assignment_id IN (") +
                           marks.join(QLatin1Char(',')) +
                           QStringLiteral(") ORDER BY day, start_time, id"),
                       params);
    if (!q)
        return q.error();
    while (q->next())
        list.append(fromRow(*q));
    return list;
}

Result<MentoringSession> SessionRepository::byId(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM mentoring_session WHERE id = ?"),
                       {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("No session has id %1").arg(id));
    return fromRow(*q);
}

Result<bool> SessionRepository::anyOn(const DateRange &range) const
{
    // Through the index of weeks (a session's day is in its week): by day
    // alone, a term late in a trust's history is found after reading all before it.
    auto v = m_db.scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM mentoring_session WHERE week_monday >= ?"
                       " AND week_monday <= ? AND day >= ? AND day <= ?)"),
        {Dates::toDb(range.from.addDays(-6)), Dates::toDb(range.to), Dates::toDb(range.from),
         Dates::toDb(range.to)});
    if (!v)
        return v.error();
    return v->toInt() != 0;
}

Result<qint64> SessionRepository::insert(const MentoringSession &s)
{
    return m_db.insertRow(
        QStringLiteral("mentoring_session"),
        {QStringLiteral("assignment_id"), QStringLiteral("kind"), QStringLiteral("ordinal"),
         QStringLiteral("week_monday"), QStringLiteral("day"), QStringLiteral("period_id"),
         QStringLiteral("start_time"), QStringLiteral("minutes"), QStringLiteral("status"),
         QStringLiteral("hand_placed"), QStringLiteral("exceptional_reason"),
         QStringLiteral("note"), QStringLiteral("cancel_reason"), QStringLiteral("rescheduled_to"),
         QStringLiteral("action_step"), QStringLiteral("action_practised")},
        valuesOf(s), s.id);
}

Status SessionRepository::update(const MentoringSession &s)
{
    QVariantList values = valuesOf(s);
    values.append(s.id);
    auto q = m_db.exec(QStringLiteral("UPDATE mentoring_session SET assignment_id = ?, kind = ?,"
                                      " ordinal = ?, week_monday = ?, day = ?, period_id = ?,"
                                      " start_time = ?, minutes = ?, status = ?, hand_placed = ?,"
                                      " exceptional_reason = ?, note = ?, cancel_reason = ?,"
                                      " rescheduled_to = ?, action_step = ?, action_practised = ?"
                                      " WHERE id = ?"),
                       values);
    if (!q)
        return q.error();
    return Status::success();
}

Status SessionRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM mentoring_session WHERE id = ?"), {id});
    return q ? Status::success() : Status(q.error());
}

Status SessionRepository::removeMovable(const DateRange &range)
{
    QString sql = QStringLiteral("DELETE FROM mentoring_session WHERE status = 'planned'"
                                 " AND hand_placed = 0 AND week_monday >= ?");
    QVariantList params{Dates::toDb(range.from.addDays(-6))};
    if (!range.isOpenEnded()) {
        sql += QStringLiteral(" AND week_monday <= ?");
        params.append(Dates::toDb(range.to));
    }
    auto q = m_db.exec(sql, params);
    return q ? Status::success() : Status(q.error());
}

} // namespace idesk
