#pragma once

#include "application/AssignmentChange.h"
#include "domain/MentorAssignment.h"
#include "domain/Person.h"
#include "services/AssignmentService.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace idesk {

class Workspace;

// Someone the Assign Mentor dialog offers, with what the choice needs.
struct PairingCandidate
{
    Person person;
    // An ECT in induction or a trainee on placement on the day: a mentee.
    std::optional<PairingKind> menteeAs;
    bool hasMentor = false; // a pairing of that kind runs on the day
};

// Who mentors whom: the pairings and their history, the checks of choosing a
// mentor, and assigning or replacing one.
class PairingUseCases
{
    Q_DECLARE_TR_FUNCTIONS(PairingUseCases)
public:
    explicit PairingUseCases(Workspace &workspace)
        : m_ws(workspace)
    {}

    Result<QList<MentorAssignment>> all() const;
    Result<QHash<qint64, MentorAssignment>> allById() const;
    Result<MentorAssignment> pairing(qint64 id) const;
    Result<QList<MentorAssignment>> ofMentee(qint64 menteeId) const;
    Result<QList<MentorAssignment>> ofMentor(qint64 mentorId) const;
    // Every check the rules make for this choice, in words, before saving.
    Result<AssignmentCheck> preview(const AssignmentRequest &request) const;
    // The pairing of that kind running on a day, if any (the one a
    // replacement replaces).
    Result<std::optional<MentorAssignment>> currentPairing(qint64 menteeId, PairingKind kind,
                                                           QDate day) const;
    // Everyone who can be chosen on `day` (leavers left out): mentees first,
    // those without a mentor before those with one, then everyone else, each
    // group by name.
    Result<QList<PairingCandidate>> candidates(QDate day) const;
    // How many planned sessions a replacement from `from` would take over.
    Result<int> sessionsToTakeOver(qint64 pairingId, QDate from) const;
    // An AssignmentChange: its outcome() says what was made once applied.
    Result<std::shared_ptr<AssignmentChange>> assign(const AssignmentRequest &request) const;

private:
    Workspace &m_ws;
};

} // namespace idesk
