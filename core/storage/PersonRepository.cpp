#include "PersonRepository.h"

#include <QSqlError>

#include "domain/PersonValidator.h"
#include "util/Dates.h"

#include <QSqlRecord>

namespace idesk {

namespace {
const QString kColumns = QStringLiteral(
    "id, staff_code, title, first_name, last_name, trn, email, qts, qts_date, working_pattern,"
    " fte, employment_start, employment_end, job_title");

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariantList valuesOf(const Person &p)
{
    return {textOrNull(p.staffCode),
            textOrNull(p.title),
            p.firstName,
            p.lastName,
            textOrNull(p.trn),
            textOrNull(p.email),
            p.qts ? 1 : 0,
            Dates::toDb(p.qtsDate),
            WorkingPatterns::key(p.workingPattern),
            p.fte,
            Dates::toDb(p.employmentStart),
            Dates::toDb(p.employmentEnd),
            textOrNull(p.jobTitle)};
}

Status firstError(const QList<FieldError> &errors)
{
    if (errors.isEmpty())
        return Status::success();
    QStringList messages;
    for (const auto &e : errors)
        messages.append(e.message);
    return Error::invalid(messages.join(QStringLiteral("; ")));
}
} // namespace

Result<QList<Person>> PersonRepository::select(const QString &where,
                                               const QVariantList &params) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM person ") + where, params);
    if (!q)
        return q.error();
    QList<Person> people;
    while (q->next()) {
        Person p;
        p.id = q->value(0).toLongLong();
        p.staffCode = q->value(1).toString();
        p.title = q->value(2).toString();
        p.firstName = q->value(3).toString();
        p.lastName = q->value(4).toString();
        p.trn = q->value(5).toString();
        p.email = q->value(6).toString();
        p.qts = q->value(7).toInt() != 0;
        p.qtsDate = Dates::fromDb(q->value(8));
        p.workingPattern =
            WorkingPatterns::fromKey(q->value(9).toString()).value_or(WorkingPattern::FullTime);
        p.fte = q->value(10).toDouble();
        p.employmentStart = Dates::fromDb(q->value(11));
        p.employmentEnd = Dates::fromDb(q->value(12));
        p.jobTitle = q->value(13).toString();
        people.append(p);
    }
    return people;
}

Result<QList<Person>> PersonRepository::all() const
{
    return select(QStringLiteral("ORDER BY last_name, first_name, id"), {});
}

Result<Person> PersonRepository::byId(qint64 id) const
{
    auto r = select(QStringLiteral("WHERE id = ?"), {id});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return Error::notFound(tr("No person has id %1").arg(id));
    return r->first();
}

Result<std::optional<Person>> PersonRepository::byTrn(const QString &trn) const
{
    auto r = select(QStringLiteral("WHERE trn = ?"), {trn});
    if (!r)
        return r.error();
    return r->isEmpty() ? std::optional<Person>() : std::optional<Person>(r->first());
}

Result<std::optional<Person>> PersonRepository::byStaffCode(const QString &code) const
{
    auto r = select(QStringLiteral("WHERE lower(staff_code) = lower(?)"), {code.trimmed()});
    if (!r)
        return r.error();
    return r->isEmpty() ? std::optional<Person>() : std::optional<Person>(r->first());
}

Result<std::optional<Person>> PersonRepository::byEmail(const QString &email) const
{
    auto r = select(QStringLiteral("WHERE lower(email) = lower(?)"), {email.trimmed()});
    if (!r)
        return r.error();
    return r->isEmpty() ? std::optional<Person>() : std::optional<Person>(r->first());
}

Result<int> PersonRepository::count() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM person"));
    if (!v)
        return v.error();
    return v->toInt();
}

Status PersonRepository::beginBatch()
{
    auto people = all();
    if (!people)
        return people.error();
    m_known = Known{};
    for (const Person &p : std::as_const(*people))
        remember(p);
    return Status::success();
}

void PersonRepository::remember(const Person &p)
{
    if (!m_known)
        return;
    // An update may change either: what the person had before is freed.
    if (const auto was = m_known->ofPerson.constFind(p.id); was != m_known->ofPerson.cend()) {
        m_known->codes.remove(was->first);
        m_known->trns.remove(was->second);
    }
    m_known->ofPerson.insert(p.id, {p.staffCode.trimmed().toLower(), p.trn});
    if (!p.staffCode.isEmpty())
        m_known->codes.insert(p.staffCode.trimmed().toLower(), {p.id, p.displayName()});
    if (!p.trn.isEmpty())
        m_known->trns.insert(p.trn, {p.id, p.displayName()});
}

Status PersonRepository::checkUnique(const Person &person) const
{
    if (m_known) {
        const auto code = m_known->codes.constFind(person.staffCode.trimmed().toLower());
        if (!person.staffCode.isEmpty() && code != m_known->codes.cend() &&
            code->first != person.id)
            return Error::refused(
                tr("Staff code %1 is already used by %2").arg(person.staffCode, code->second));
        const auto trn = m_known->trns.constFind(person.trn);
        if (!person.trn.isEmpty() && trn != m_known->trns.cend() && trn->first != person.id)
            return Error::refused(tr("TRN %1 is already used by %2").arg(person.trn, trn->second));
        return Status::success();
    }
    if (!person.staffCode.isEmpty()) {
        auto other = byStaffCode(person.staffCode);
        if (!other)
            return other.error();
        if (other->has_value() && (*other)->id != person.id)
            return Error::refused(tr("Staff code %1 is already used by %2")
                                      .arg(person.staffCode, (*other)->displayName()));
    }
    if (!person.trn.isEmpty()) {
        auto other = byTrn(person.trn);
        if (!other)
            return other.error();
        if (other->has_value() && (*other)->id != person.id)
            return Error::refused(
                tr("TRN %1 is already used by %2").arg(person.trn, (*other)->displayName()));
    }
    return Status::success();
}

Result<qint64> PersonRepository::insert(Person person)
{
    if (auto s = firstError(PersonValidator::validate(person)); !s)
        return s.error();
    person.id = 0;
    if (auto s = checkUnique(person); !s)
        return s.error();
    const QString sql =
        QStringLiteral("INSERT INTO person (staff_code, title, first_name, last_name, trn, email,"
                       " qts, qts_date, working_pattern, fte, employment_start, employment_end,"
                       " job_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    Result<qint64> id = Error::storage({});
    if (m_known) {
        if (!m_insert) {
            m_insert.emplace(m_db.connection());
            if (!m_insert->prepare(sql))
                return Error::storage(tr("Database error: %1").arg(m_insert->lastError().text()));
        }
        const QVariantList values = valuesOf(person);
        for (int i = 0; i < values.size(); ++i)
            m_insert->bindValue(i, values.at(i));
        if (!m_insert->exec() || !m_insert->next())
            return Error::storage(tr("Database error: %1").arg(m_insert->lastError().text()));
        id = m_insert->value(0).toLongLong();
        m_insert->finish();
    } else {
        id =
            m_db.insert(sql.chopped(int(QStringLiteral(" RETURNING id").size())), valuesOf(person));
    }
    if (id) {
        person.id = *id;
        remember(person);
    }
    return id;
}

Status PersonRepository::update(Person person)
{
    if (auto s = firstError(PersonValidator::validate(person)); !s)
        return s;
    if (auto s = checkUnique(person); !s)
        return s;
    QVariantList values = valuesOf(person);
    values.append(person.id);
    auto q = m_db.exec(
        QStringLiteral("UPDATE person SET staff_code = ?, title = ?, first_name = ?,"
                       " last_name = ?, trn = ?, email = ?, qts = ?, qts_date = ?,"
                       " working_pattern = ?, fte = ?, employment_start = ?, employment_end = ?,"
                       " job_title = ? WHERE id = ?"),
        values);
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::notFound(tr("No person has id %1").arg(person.id));
    remember(person);
    return Status::success();
}

Status PersonRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM person WHERE id = ?"), {id});
    if (!q)
        return Error::refused(tr("This person cannot be removed while pairings refer to them (%1)")
                                  .arg(q.error().message));
    return Status::success();
}

Result<QHash<qint64, QString>> PersonRepository::displayNames() const
{
    auto people = all();
    if (!people)
        return people.error();
    QHash<qint64, QString> names;
    for (const Person &p : std::as_const(*people))
        names.insert(p.id, p.displayName());
    return names;
}

} // namespace idesk
