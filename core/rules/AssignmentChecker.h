#pragma once

#include "rules/AssignmentCheck.h"

#include <QCoreApplication>

namespace idesk {

// The checks made when a mentor is chosen (domain.md, "Choosing a mentor"):
// refusals that no acknowledgement overrides, and warnings that the user may
// override only by acknowledging them, which is then recorded.
class AssignmentChecker
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentChecker)
public:
    static AssignmentCheck check(const AssignmentRequest &request, const AssignmentFacts &facts);
};

} // namespace idesk
