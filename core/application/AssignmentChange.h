#pragma once

#include "application/Change.h"
#include "services/AssignmentService.h"

namespace idesk {

// Assigning or replacing a mentor; what it made (the pairing, the closed
// one, the role and training it started) is kept for its revert and for the
// front end to report.
class AssignmentChange final : public Change
{
public:
    AssignmentChange(AssignmentRequest request, const Clock &clock);

    const AssignmentOutcome &outcome() const { return m_outcome; }

private:
    Status apply(Database &db) override;
    Status revert(Database &db) override;

    AssignmentRequest m_request;
    const Clock &m_clock;
    AssignmentOutcome m_outcome;
};

} // namespace idesk
