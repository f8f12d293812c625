#pragma once

#include "domain/MentoringSession.h"

#include <QCoreApplication>

namespace idesk {

// What the record says about a session beyond its status, in one line of
// words: why it was cancelled and where it moved, the note, the action step
// and whether it was practised, why it lies outside teaching hours. The
// Sessions page, This week and the command line all show this same line.
class SessionDetails
{
    Q_DECLARE_TR_FUNCTIONS(SessionDetails)
public:
    static QString describe(const MentoringSession &session);
    // "Cancelled, moved to Wed 02/12/2026 10:00", "Held", "Planned, placed by
    // hand"; `movedTo` is the session it was moved to, when known.
    static QString status(const MentoringSession &session,
                          const MentoringSession *movedTo = nullptr);
};

} // namespace idesk
