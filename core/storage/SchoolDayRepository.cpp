#include "SchoolDayRepository.h"

namespace idesk {

namespace {
QString hm(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}
QTime fromHm(const QVariant &v)
{
    return QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}
} // namespace

Result<SchoolDay> SchoolDayRepository::schoolDay() const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, name, start_time, end_time, kind FROM school_period"
                                 " ORDER BY position, start_time"));
    if (!q)
        return q.error();
    QList<Period> periods;
    while (q->next()) {
        periods.append({q->value(0).toLongLong(), q->value(1).toString(), fromHm(q->value(2)),
                        fromHm(q->value(3)),
                        PeriodKinds::fromKey(q->value(4).toString()).value_or(PeriodKind::Lesson)});
    }
    return SchoolDay(periods);
}

Status SchoolDayRepository::replacePeriods(const QList<Period> &periods)
{
    if (auto s = SchoolDay::validate(periods); !s)
        return s;
    return m_db.write([&]() -> Status {
        auto current = schoolDay();
        if (!current)
            return current.error();
        for (const Period &old : current->periods()) {
            const bool kept = std::any_of(periods.cbegin(), periods.cend(), [&](const Period &p) {
                return p.name.compare(old.name, Qt::CaseInsensitive) == 0;
            });
            if (kept)
                continue;
            auto used = m_db.scalar(
                QStringLiteral("SELECT count(*) FROM timetable_entry WHERE period_id = ?"),
                {old.id});
            if (!used)
                return used.error();
            if (used->toInt() > 0)
                return Error::refused(
                    tr("Period %1 is in %n timetable entries; it cannot be dropped from "
                       "the school day. Import timetables without it first.",
                       nullptr, used->toInt())
                        .arg(old.name));
            if (auto r =
                    m_db.exec(QStringLiteral("DELETE FROM school_period WHERE id = ?"), {old.id});
                !r)
                return r.error();
        }
        for (qsizetype i = 0; i < periods.size(); ++i) {
            const Period &p = periods.at(i);
            const Period *existing = current->byName(p.name);
            auto r =
                existing
                    ? m_db.exec(
                          QStringLiteral(
                              "UPDATE school_period SET position = ?, name = ?, start_time = ?,"
                              " end_time = ?, kind = ? WHERE id = ?"),
                          {int(i), p.name, hm(p.start), hm(p.end), PeriodKinds::key(p.kind),
                           existing->id})
                    : m_db.exec(
                          QStringLiteral(
                              "INSERT INTO school_period (position, name, start_time, end_time,"
                              " kind) VALUES (?, ?, ?, ?, ?)"),
                          {int(i), p.name, hm(p.start), hm(p.end), PeriodKinds::key(p.kind)});
            if (!r)
                return r.error();
        }
        return Status::success();
    });
}

Result<ContractedTime> SchoolDayRepository::contractedTime() const
{
    auto q = m_db.exec(QStringLiteral("SELECT weekday, start_time, end_time FROM contracted_time"));
    if (!q)
        return q.error();
    ContractedTime c;
    while (q->next())
        c.byWeekday.insert(q->value(0).toInt(), {fromHm(q->value(1)), fromHm(q->value(2))});
    return c;
}

Status SchoolDayRepository::setContractedTime(const QList<int> &weekdays, const TimeWindow &window)
{
    if (!window.isValid())
        return Error::invalid(tr("Contracted time must end after it starts"));
    return m_db.write([&]() -> Status {
        for (int d : weekdays) {
            if (d < 1 || d > 7)
                return Error::invalid(tr("%1 is not a day of the week").arg(d));
            if (auto r =
                    m_db.exec(QStringLiteral("DELETE FROM contracted_time WHERE weekday = ?"), {d});
                !r)
                return r.error();
            auto r = m_db.exec(
                QStringLiteral("INSERT INTO contracted_time (weekday, start_time, end_time)"
                               " VALUES (?, ?, ?)"),
                {d, hm(window.start), hm(window.end)});
            if (!r)
                return r.error();
        }
        return Status::success();
    });
}

Result<QHash<qint64, WorkSchedule>> SchoolDayRepository::workingPatterns() const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT person_id, weekdays, start_time, end_time FROM working_pattern"));
    if (!q)
        return q.error();
    QHash<qint64, WorkSchedule> map;
    while (q->next()) {
        WorkSchedule p;
        for (const QString &d : q->value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            p.weekdays.insert(d.toInt());
        const TimeWindow w{fromHm(q->value(2)), fromHm(q->value(3))};
        if (w.isValid())
            p.hours = w;
        map.insert(q->value(0).toLongLong(), p);
    }
    return map;
}

Status SchoolDayRepository::setWorkingPattern(qint64 personId, const WorkSchedule &pattern)
{
    if (pattern.weekdays.isEmpty())
        return Error::invalid(tr("A working pattern needs at least one working day"));
    if (pattern.hours && !pattern.hours->isValid())
        return Error::invalid(tr("Working hours must end after they start"));
    QList<int> days(pattern.weekdays.cbegin(), pattern.weekdays.cend());
    std::sort(days.begin(), days.end());
    QStringList text;
    for (int d : days)
        text.append(QString::number(d));
    return m_db.write([&]() -> Status {
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM working_pattern WHERE person_id = ?"),
                               {personId});
            !r)
            return r.error();
        auto r = m_db.exec(
            QStringLiteral("INSERT INTO working_pattern (person_id, weekdays, start_time, end_time)"
                           " VALUES (?, ?, ?, ?)"),
            {personId, text.join(QLatin1Char(',')),
             pattern.hours ? QVariant(hm(pattern.hours->start)) : QVariant(),
             pattern.hours ? QVariant(hm(pattern.hours->end)) : QVariant()});
        return r ? Status::success() : Status(r.error());
    });
}

Status SchoolDayRepository::clearWorkingPattern(qint64 personId)
{
    auto r =
        m_db.exec(QStringLiteral("DELETE FROM working_pattern WHERE person_id = ?"), {personId});
    return r ? Status::success() : Status(r.error());
}

Status SchoolDayRepository::restoreContractedTime(const ContractedTime &time)
{
    return m_db.write([&]() -> Status {
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM contracted_time")); !r)
            return r.error();
        for (auto it = time.byWeekday.cbegin(); it != time.byWeekday.cend(); ++it) {
            auto r = m_db.exec(
                QStringLiteral("INSERT INTO contracted_time (weekday, start_time, end_time)"
                               " VALUES (?, ?, ?)"),
                {it.key(), hm(it.value().start), hm(it.value().end)});
            if (!r)
                return r.error();
        }
        return Status::success();
    });
}

} // namespace idesk
