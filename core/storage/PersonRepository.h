#pragma once

#include "domain/Person.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>

namespace idesk {

class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)
public:
    explicit PersonRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<Person>> all() const;
    // Person id -> "Ms Jane Smith", for lists that show who is who.
    Result<QHash<qint64, QString>> displayNames() const;
    Result<Person> byId(qint64 id) const;
    Result<std::optional<Person>> byTrn(const QString &trn) const;
    Result<std::optional<Person>> byStaffCode(const QString &code) const;
    Result<std::optional<Person>> byEmail(const QString &email) const;
    Result<int> count() const;

    // Validate, then store; the messages name the field that is wrong.
    Result<qint64> insert(Person person);
    Status update(Person person);
    Status remove(qint64 id);

private:
    Result<QList<Person>> select(const QString &where, const QVariantList &params) const;
    Status checkUnique(const Person &person) const;

    Database &m_db;
};

} // namespace idesk
