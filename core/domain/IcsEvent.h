#pragma once

#include "util/DateRange.h"

#include <QString>
#include <QStringList>

namespace idesk {

// One VEVENT as the school calendar needs it: what it is called and which
// local (Europe/London) days it covers.
struct IcsEvent
{
    QString uid;
    QString summary;
    QStringList categories;
    QString kind;   // X-INDUCTIONDESK-KIND when the file came from InductionDesk
    DateRange days; // first and last day, inclusive, in school (UK) time
    bool allDay = true;
    bool recurring = false; // RRULE or RDATE: not a term date, never expanded
    int line = 0;           // where the event starts in the file, for messages
};

} // namespace idesk
