#pragma once

#include "rules/AssignmentCheck.h"
#include "services/SchedulingService.h"
#include "util/Result.h"

#include "util/Clock.h"
#include <QCoreApplication>

namespace idesk {

class Database;

struct AssignmentOutcome
{
    MentorAssignment assignment;
    AssignmentCheck check;
    qint64 closedPairingId = 0;    // the replaced pairing, closed the day before
    QDate closedPairingPreviousTo; // its end before it was closed (invalid: open-ended)
    qint64 addedRoleId = 0;        // the mentor role granted with the pairing, if new
    qint64 trainingRecordId = 0;   // the training (re)start recorded, if any
    // A replacement's sessions: the replaced pairing's planned ones it took
    // away, the new mentor's placed for them, and what found no slot.
    QList<MentoringSession> sessionsTakenOver;
    QList<MentoringSession> sessionsPlaced;
    QList<UnplacedSession> sessionsUnplaced;
};

// Assigning and replacing mentors: gathers the facts, applies the rules, and
// writes the pairing with everything that follows from it in one transaction.
class AssignmentService
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentService)
public:
    explicit AssignmentService(Database &db, const Clock &clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {}

    Result<AssignmentFacts> facts(const AssignmentRequest &request) const;
    Result<AssignmentCheck> preview(const AssignmentRequest &request) const;
    // Refused unless every rule passes and every warning is acknowledged.
    Result<AssignmentOutcome> assign(const AssignmentRequest &request);
    // The pairing that is current for a mentee of this kind on `day`, if any.
    Result<std::optional<MentorAssignment>> currentPairing(qint64 menteeId, PairingKind kind,
                                                           QDate day) const;
    // Reverses assign(): used by undo in the UI.
    Status undo(const AssignmentOutcome &outcome);

    // Whether a replacement whose sessions move from `first` (its first day,
    // or today if later) takes this session of the replaced pairing over.
    static bool takenOver(const MentoringSession &session, QDate first)
    {
        return session.status == SessionStatus::Planned && session.day >= first;
    }

private:
    // Moves the replaced pairing's planned sessions to the new pairing.
    Status takeOverSessions(const AssignmentRequest &request, AssignmentOutcome &outcome);

    // An ITT pairing never outlives the placement it serves.
    static AssignmentRequest bounded(AssignmentRequest request, const AssignmentFacts &facts);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace idesk
