#pragma once

#include "application/FlagReading.h"
#include "compliance/Flag.h"
#include "reporting/TermlyReport.h"
#include "reporting/TermlyReportBuilder.h"
#include "util/DateRange.h"

#include <QCoreApplication>
#include <QSet>

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
    // The same flags with what they were worked out from, and the reading
    // after an edit of only the sessions of `pairings`: their flags worked out
    // again from their sessions read again, the rest as `before` had them.
    // The answer is the one `read` would give now.
    Result<FlagReading> read(const DateRange &range) const;
    Result<FlagReading> reread(const FlagReading &before, const QSet<qint64> &pairings) const;
    Result<TermlyReport> termly(const DateRange &range, const QString &period,
                                const ReportChoice &choice = ReportChoice()) const;

private:
    Workspace &m_ws;
};

} // namespace idesk
