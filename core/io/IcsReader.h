#pragma once

#include "domain/IcsEvent.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace idesk {

// Reads the events of an iCalendar (.ics) file with libical: all-day and
// timed events, DTEND or DURATION, UTC, floating and TZID times (converted to
// Europe/London days), folded lines. Recurring events are kept but marked:
// term dates never recur, so they are shown as not used rather than expanded.
class IcsReader
{
    Q_DECLARE_TR_FUNCTIONS(IcsReader)
public:
    static constexpr qint64 MaxBytes = 4 * 1024 * 1024;

    static Result<QList<IcsEvent>> read(const QByteArray &data, const QString &fileName);
    static Result<QList<IcsEvent>> readFile(const QString &path);
};

} // namespace idesk
