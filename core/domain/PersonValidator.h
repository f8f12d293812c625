#pragma once

#include "Person.h"

#include <QCoreApplication>
#include <QList>

namespace idesk {

struct FieldError
{
    QString field; // the column name: "trn", "email", ...
    QString message;
};

// Checks a person before it is stored; the UI shows each message beside its
// field and imports name the row and column.
class PersonValidator
{
    Q_DECLARE_TR_FUNCTIONS(PersonValidator)
public:
    // Normalises the TRN in place, so a valid person leaves in canonical form.
    static QList<FieldError> validate(Person &person);
    static bool isPlausibleEmail(const QString &email);
};

} // namespace idesk
