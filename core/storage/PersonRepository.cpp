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
    m_known->codes.reserve(people->size());
    m_known->trns.reserve(people->size());
    m_known->ofPerson.reserve(people->size());
    for (const Person &p : std::as_const(*people))
        remember(p);
    return Status::success();
}

void PersonRepository::remember(const Person &p)
{
    if (!m_known)
        return;
    // An update may change either: what the person had before is freed.
    const QString code = p.staffCode.trimmed().toLower();
    if (const auto was = m_known->ofPerson.constFind(p.id); was != m_known->ofPerson.cend()) {
        if (was->first == code && was->second == p.trn)
            return;
        m_known->codes.remove(was->first);
        m_known->trns.remove(was->second);
    }
    m_known->ofPerson.insert(p.id, {code, p.trn});
    if (!code.isEmpty())
        m_known->codes.insert(code, p.id);
    if (!p.trn.isEmpty())
        m_known->trns.insert(p.trn, p.id);
}

QString PersonRepository::nameOf(qint64 id) const
{
    auto other = byId(id);
    return other ? other->displayName() : tr("person %1").arg(id);
}

Status PersonRepository::checkUnique(const Person &person) const
{
    if (m_known) {
        const auto code = m_known->codes.constFind(person.staffCode.trimmed().toLower());
        if (!person.staffCode.isEmpty() && code != m_known->codes.cend() && *code != person.id)
            return Error::refused(
                tr("Staff code %1 is already used by %2").arg(person.staffCode, nameOf(*code)));
        const auto trn = m_known->trns.constFind(person.trn);
        if (!person.trn.isEmpty() && trn != m_known->trns.cend() && *trn != person.id)
            return Error::refused(tr("TRN %1 is already used by %2").arg(person.trn, nameOf(*trn)));
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
                       " job_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const Result<qint64> id = m_db.insert(sql, valuesOf(person));
    if (id) {
        person.id = *id;
        remember(person);
    }
    return id;
}

Result<QList<qint64>> PersonRepository::insertAll(QList<Person> people,
                                                  const std::function<QString(qsizetype)> &where)
{
    if (m_db.dialect() != Database::Dialect::SQLite) {
        QList<qint64> ids;
        ids.reserve(people.size());
        for (qsizetype i = 0; i < people.size(); ++i) {
            auto id = insert(people.at(i));
            if (!id)
                return Error::invalid(where(i) + QStringLiteral(": ") + id.error().message);
            ids.append(*id);
        }
        return ids;
    }
    if (people.isEmpty())
        return QList<qint64>();
    if (!m_known) {
        if (auto b = beginBatch(); !b)
            return b.error();
    }
    // Checked as a whole first, as insert() checks one: nothing is written
    // unless every person is right, and the rows that follow are checked
    // against the ones before them.
    auto before = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM person"));
    if (!before)
        return before.error();
    const qint64 lastBefore = before->toLongLong();
    QHash<QString, qsizetype> codes, trns;
    for (qsizetype i = 0; i < people.size(); ++i) {
        Person &p = people[i];
        if (auto s = firstError(PersonValidator::validate(p)); !s)
            return Error::invalid(where(i) + QStringLiteral(": ") + s.error().message);
        p.id = 0;
        if (auto s = checkUnique(p); !s)
            return Error::invalid(where(i) + QStringLiteral(": ") + s.error().message);
        const QString code = p.staffCode.toLower();
        if (!code.isEmpty() && codes.contains(code))
            return Error::invalid(
                where(i) + QStringLiteral(": ") +
                tr("Staff code %1 is already used by %2")
                    .arg(p.staffCode, people.at(codes.value(code)).displayName()));
        if (!p.trn.isEmpty() && trns.contains(p.trn))
            return Error::invalid(where(i) + QStringLiteral(": ") +
                                  tr("TRN %1 is already used by %2")
                                      .arg(p.trn, people.at(trns.value(p.trn)).displayName()));
        if (!code.isEmpty())
            codes.insert(code, i);
        if (!p.trn.isEmpty())
            trns.insert(p.trn, i);
    }
    constexpr qsizetype kRowsPerStatement = 250;
    for (qsizetype from = 0; from < people.size(); from += kRowsPerStatement) {
        if (auto s = insertRows(people, from, std::min(people.size(), from + kRowsPerStatement));
            !s)
            return s.error();
    }
    // The new rows are those after the largest id before: the transaction is
    // ours alone, and SQLite numbers new rows upwards from there in order.
    auto q =
        m_db.exec(QStringLiteral("SELECT id FROM person WHERE id > ? ORDER BY id"), {lastBefore});
    if (!q)
        return q.error();
    QList<qint64> ids;
    ids.reserve(people.size());
    while (q->next())
        ids.append(q->value(0).toLongLong());
    if (ids.size() != people.size())
        return Error::storage(tr("Database error: %1 people were written but %2 new rows found")
                                  .arg(people.size())
                                  .arg(ids.size()));
    for (qsizetype i = 0; i < people.size(); ++i) {
        people[i].id = ids.at(i);
        remember(people.at(i));
    }
    return ids;
}

namespace {
// An SQL literal: quotes doubled, which is all SQLite's grammar needs.
void appendText(QString &sql, const QString &text)
{
    if (text.isEmpty()) {
        sql += QLatin1String("NULL");
        return;
    }
    sql += QLatin1Char('\'');
    qsizetype from = 0;
    for (qsizetype q = text.indexOf(QLatin1Char('\'')); q >= 0;
         q = text.indexOf(QLatin1Char('\''), from)) {
        sql += QStringView(text).mid(from, q + 1 - from);
        sql += QLatin1Char('\'');
        from = q + 1;
    }
    sql += QStringView(text).mid(from);
    sql += QLatin1Char('\'');
}

void appendDate(QString &sql, QDate day)
{
    if (!day.isValid()) {
        sql += QLatin1String("NULL");
        return;
    }
    sql += QLatin1Char('\'');
    sql += Dates::iso(day);
    sql += QLatin1Char('\'');
}
} // namespace

// One INSERT of many rows, the values written into the statement: binding
// them through QSqlQuery costs more per value than SQLite takes to store the
// row. Only SQLite's connection is written this way. Text with a NUL, which
// no literal can hold and no CSV or workbook we read can give, is refused.
Status PersonRepository::insertRows(const QList<Person> &people, qsizetype from, qsizetype to)
{
    QString sql = QStringLiteral(
        "INSERT OR FAIL INTO person (staff_code, title, first_name, last_name, trn, email, qts,"
        " qts_date, working_pattern, fte, employment_start, employment_end, job_title) VALUES ");
    sql.reserve(sql.size() + (to - from) * 200);
    bool first = true;
    for (qsizetype i = from; i < to; ++i) {
        const Person &p = people.at(i);
        const QString texts[] = {p.staffCode, p.title, p.firstName, p.lastName,
                                 p.trn,       p.email, p.jobTitle};
        if (std::any_of(std::begin(texts), std::end(texts),
                        [](const QString &t) { return t.contains(QChar(0)); }))
            return Error::invalid(
                tr("%1 %2: a name or code holds a NUL character").arg(p.firstName, p.lastName));
        sql += first ? QLatin1String("(") : QLatin1String(", (");
        first = false;
        appendText(sql, p.staffCode);
        sql += QLatin1Char(',');
        appendText(sql, p.title);
        sql += QLatin1Char(',');
        // Names are required: an empty one is stored empty, not NULL, as insert() does.
        if (p.firstName.isEmpty())
            sql += QLatin1String("''");
        else
            appendText(sql, p.firstName);
        sql += QLatin1Char(',');
        if (p.lastName.isEmpty())
            sql += QLatin1String("''");
        else
            appendText(sql, p.lastName);
        sql += QLatin1Char(',');
        appendText(sql, p.trn);
        sql += QLatin1Char(',');
        appendText(sql, p.email);
        sql += p.qts ? QLatin1String(",1,") : QLatin1String(",0,");
        appendDate(sql, p.qtsDate);
        sql += QLatin1String(",'");
        sql += WorkingPatterns::key(p.workingPattern);
        sql += QLatin1String("',");
        sql += QString::number(p.fte, 'g', 17);
        sql += QLatin1Char(',');
        appendDate(sql, p.employmentStart);
        sql += QLatin1Char(',');
        appendDate(sql, p.employmentEnd);
        sql += QLatin1Char(',');
        appendText(sql, p.jobTitle);
        sql += QLatin1Char(')');
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return m_db.plainError(q.lastError());
    return Status::success();
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
