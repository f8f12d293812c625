#pragma once

#include "services/StaffImportPlan.h"

namespace idesk {

// Matches each row of a staff list to the people already held: by TRN, then
// staff code, then email. A matched person takes the file's values for the
// fields the row gives; an empty cell never erases what is held. Running the
// same file again finds nothing to change.
class StaffMerge
{
    Q_DECLARE_TR_FUNCTIONS(StaffMerge)
public:
    static StaffImportPlan plan(StaffList list, const QList<Person> &existing, QDate today);
    static QString valueOf(const Person &p, StaffField field);
};

} // namespace idesk
