#pragma once

#include "calendar/Term.h"

#include <QByteArray>
#include <QDateTime>

namespace idesk {

// Writes the school calendar as iCalendar with libical: one all-day event per
// term and closure. X-INDUCTIONDESK-KIND carries the kind so that reading the
// file back gives exactly what was written; other programs show the summary.
class IcsWriter
{
public:
    static QByteArray write(const QString &calendarName, const QString &uidDomain,
                            const QList<Term> &terms, const QList<Closure> &closures,
                            const QDateTime &stamp);
};

} // namespace idesk
