#pragma once

#include "calendar/TermDatesReading.h"
#include "domain/IcsEvent.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

// Turns the events of a local authority's, trust's or school's published
// calendar into terms and closures, or refuses the file as a whole. Files
// from InductionDesk carry X-INDUCTIONDESK-KIND and come back exactly; for
// others the wording decides (CalendarWording). Three shapes are read:
// terms given by their start and end (or as long events); one event per
// school day or per week; only the holidays, the terms being the open weeks
// between them (said to be inferred). A year whose terms overlap or fall
// outside it refuses the file, naming the lines; a year with fewer than three
// terms, or a term under 40 or over 85 school days, is warned of.
class TermDatesInterpreter
{
    Q_DECLARE_TR_FUNCTIONS(TermDatesInterpreter)
public:
    static Result<TermDatesReading> interpret(const QList<IcsEvent> &events,
                                              const QString &fileName,
                                              const QList<BankHoliday> &bankHolidays = {});
    // The academic year a day's event belongs to: late-August INSET days and
    // term starts belong to the year that begins that September.
    static QString academicYearOf(QDate day);
    static constexpr int FewestSchoolDays = 40;
    static constexpr int MostSchoolDays = 85;
};

} // namespace idesk
