#pragma once

#include "domain/Person.h"
#include "domain/Placement.h"
#include "domain/RoleTenure.h"
#include "services/InductionService.h"

namespace idesk {
class Database;
}

namespace idesk {

// The edits the people views make, each as a value that can be applied to the
// database and reverted, so the same code serves a dialog's trial run, redo
// and undo. Ids created by apply() are written back into the value.

struct RoleEnding
{
    qint64 tenureId = 0;
    QDate newTo;
    QDate oldTo;
};

struct PersonEdit
{
    Person before;
    Person after;
    QList<RoleTenure> added;
    QList<RoleEnding> ended;

    Status apply(Database &db);
    Status revert(Database &db);
};

// A new ECT: a new person or an existing member of staff, with an induction.
struct NewEct
{
    bool newPerson = true;
    Person person;
    InductionRequest induction;
    qint64 inductionId = 0;
    qint64 addedRoleId = 0;

    Status apply(Database &db);
    Status revert(Database &db);
};

// A new trainee: a new person or an existing one, with a placement.
struct NewTrainee
{
    bool newPerson = true;
    Person person;
    Placement placement;
    qint64 addedRoleId = 0;

    Status apply(Database &db);
    Status revert(Database &db);
};

} // namespace idesk
