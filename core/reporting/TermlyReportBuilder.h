#pragma once

#include "compliance/FlagEngine.h"
#include "reporting/TermlyReport.h"
#include "util/DateRange.h"

#include <QCoreApplication>

namespace idesk {

// Builds a termly summary for a term or any dates: the whole school, one
// mentee or one mentor.
struct ReportChoice
{
    qint64 menteeId = 0; // only this mentee
    qint64 mentorId = 0; // only this mentor and their mentees
};

class TermlyReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TermlyReportBuilder)
public:
    using Choice = ReportChoice;

    // From data already gathered: the application layer loads it (and the
    // benchmark builds large schools in memory); the builder loads nothing.
    static TermlyReport build(const FlagInput &input, const QString &school, const DateRange &range,
                              const QString &period, QDate today,
                              const ReportChoice &choice = ReportChoice());
};

} // namespace idesk
