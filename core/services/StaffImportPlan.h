#pragma once

#include "io/StaffListReader.h"

namespace idesk {

struct FieldChange
{
    StaffField field;
    QString before;
    QString after;
};

struct StaffChange
{
    enum Kind
    {
        New,
        Updated,
        Unchanged
    };
    Kind kind = New;
    int row = 0;
    QString matchedBy;          // "TRN", "staff code", "email"; empty when new
    Person before;              // as stored (id 0 when new)
    Person after;               // as it will be stored
    QList<FieldChange> changes; // for an updated person; empty for a new one
};

// What an import would do, for the user to see before anything is written.
struct StaffImportPlan
{
    StaffList list;
    QList<StaffChange> changes;
    // Current staff the file does not mention: offered "mark as left", never deleted.
    QList<Person> missing;

    QList<ImportProblem> problems() const { return list.problems; }
    bool ok() const { return list.problems.isEmpty(); }
    int count(StaffChange::Kind kind) const
    {
        return int(std::count_if(changes.cbegin(), changes.cend(),
                                 [kind](const StaffChange &c) { return c.kind == kind; }));
    }
};

} // namespace idesk
