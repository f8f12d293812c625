#include "TimetablePlan.h"

namespace idesk {

int TimetablePlan::matchedCount() const
{
    int n = 0;
    for (const TeacherMatch &t : teachers)
        n += t.personId != 0 ? 1 : 0;
    return n;
}

bool TimetablePlan::changesNothing() const
{
    for (const TeacherMatch &t : teachers) {
        if (t.how == TeacherMatch::How::ByHand)
            return false;
    }
    return changedPeople == 0 && newSchoolDay.isEmpty();
}

QList<TeacherMatch> TimetablePlan::unmatched() const
{
    QList<TeacherMatch> out;
    for (const TeacherMatch &t : teachers) {
        if (t.personId == 0)
            out.append(t);
    }
    return out;
}

} // namespace idesk
