#pragma once

#include "domain/MentorAssignment.h"
#include "domain/Person.h"

#include <QStringList>

namespace idesk {

struct AssignmentRequest
{
    PairingKind kind = PairingKind::Ect;
    qint64 mentorId = 0;
    qint64 menteeId = 0;
    DateRange period;          // open-ended `to` for a current pairing
    qint64 replacingId = 0;    // the pairing this one replaces, if any
    QString replacementReason; // why the mentor changed (kept in the history)
    // A replacement takes over the replaced pairing's planned sessions from
    // its first day (or today, if later), re-planned around the new mentor.
    bool moveFutureSessions = true;
    QList<AssignmentWarning> acknowledged;
};

// What the rules need to know, gathered from storage by the service so that
// the rules themselves stay a pure function that tests can drive from tables.
struct AssignmentFacts
{
    Person mentor;
    Person mentee;
    bool menteeEligible = false; // active induction (ECT) or placement (ITT) on the start date
    QDate placementEnd;          // ITT: the pairing ends with the placement
    bool mentorIsInductionTutor = false;
    int mentorOtherMentees = 0; // distinct mentees the mentor has on the start date, not this one
    int capacity = 2;
    QList<MentorAssignment> menteePairings; // the mentee's pairings of the same kind
};

struct AssignmentFinding
{
    AssignmentWarning warning;
    QString message;
    bool acknowledged = false;
};

struct AssignmentCheck
{
    QStringList refusals;
    QList<AssignmentFinding> warnings;

    bool isRefused() const { return !refusals.isEmpty(); }
    QList<AssignmentWarning> unacknowledged() const
    {
        QList<AssignmentWarning> list;
        for (const auto &w : warnings) {
            if (!w.acknowledged)
                list.append(w.warning);
        }
        return list;
    }
    bool canSave() const { return !isRefused() && unacknowledged().isEmpty(); }
};

} // namespace idesk
