#pragma once

#include "domain/Person.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

class Database;

// Turns what an administrator types (a TRN, a staff code or an id) into one
// person. "id:", "trn:" and "code:" prefixes settle any ambiguity.
class PersonResolver
{
    Q_DECLARE_TR_FUNCTIONS(PersonResolver)
public:
    explicit PersonResolver(Database &db)
        : m_db(db)
    {}
    Result<Person> resolve(const QString &ref) const;

private:
    Database &m_db;
};

} // namespace idesk
