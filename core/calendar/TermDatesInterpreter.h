#pragma once

#include "calendar/TermDatesReading.h"
#include "domain/IcsEvent.h"

#include <QCoreApplication>

namespace idesk {

// Turns the events of a local authority's or trust's published calendar into
// terms and closures. Files from InductionDesk carry X-INDUCTIONDESK-KIND and
// come back exactly; for others the summary decides, the way a person reads
// it: "INSET day", "Bank holiday", "Half term", "Spring term starts",
// "Autumn 2" (a half of a term, joined to its other half), "Easter holidays".
class TermDatesInterpreter
{
    Q_DECLARE_TR_FUNCTIONS(TermDatesInterpreter)
public:
    static TermDatesReading interpret(const QList<IcsEvent> &events, const QString &fileName);
    // The academic year a day's event belongs to: late-August INSET days and
    // term starts belong to the year that begins that September.
    static QString academicYearOf(QDate day);
};

} // namespace idesk
