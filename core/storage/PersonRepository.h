#pragma once

#include "domain/Person.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <functional>
#include <optional>

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
    // Many new people in one transaction (an import): each validated and
    // checked as insert() does, then written a few hundred to a statement.
    // `where(i)` names people[i] in a message. Returns their ids, in order.
    Result<QList<qint64>> insertAll(QList<Person> people,
                                    const std::function<QString(qsizetype)> &where);
    Status update(Person person);
    Status remove(qint64 id);

    // For many inserts and updates in one transaction (an import): the staff
    // codes and TRNs in use are read once and kept up to date here, so each
    // row's uniqueness check is a lookup, not a query.
    Status beginBatch();

private:
    struct Known
    {
        QHash<QString, qint64> codes; // lower-case code -> id
        QHash<QString, qint64> trns;
        QHash<qint64, QPair<QString, QString>> ofPerson; // id -> its code and TRN
    };
    void remember(const Person &person);

    Result<QList<Person>> select(const QString &where, const QVariantList &params) const;
    Status checkUnique(const Person &person) const;
    Status insertRows(const QList<Person> &people, qsizetype from, qsizetype to);
    QString nameOf(qint64 id) const;

    Database &m_db;
    std::optional<Known> m_known;
};

} // namespace idesk
