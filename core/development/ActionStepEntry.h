#pragma once

#include "domain/MentoringSession.h"

namespace idesk {

// A held coaching meeting and the action step agreed at it.
struct ActionStepEntry
{
    MentoringSession session;
    qint64 mentorId = 0;
    qint64 menteeId = 0;
    QString menteeName;
};

} // namespace idesk
