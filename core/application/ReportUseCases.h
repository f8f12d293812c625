#pragma once

#include "compliance/Flag.h"
#include "reporting/TermlyReport.h"
#include "reporting/TermlyReportBuilder.h"
#include "util/DateRange.h"

#include <QCoreApplication>

namespace idesk {

class Workspace;

// What the tutor is shown about the mentoring: the flags over a range of
// days and the termly summaries. Reads only.
class ReportUseCases
{
    Q_DECLARE_TR_FUNCTIONS(ReportUseCases)
public:
    explicit ReportUseCases(Workspace &workspace)
        : m_ws(workspace)
    {}

    // Every open flag about the weeks in `range`, judged as of today.
    Result<QList<Flag>> flags(const DateRange &range) const;
    Result<TermlyReport> termly(const DateRange &range, const QString &period,
                                const ReportChoice &choice = ReportChoice()) const;

private:
    Workspace &m_ws;
};

} // namespace idesk
