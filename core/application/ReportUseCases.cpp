#include "ReportUseCases.h"

#include "application/Workspace.h"
#include "services/FlagService.h"
#include "storage/SchoolRepository.h"

namespace idesk {

Result<QList<Flag>> ReportUseCases::flags(const DateRange &range) const
{
    return FlagService(m_ws.database()).flags(range, m_ws.today());
}

Result<TermlyReport> ReportUseCases::termly(const DateRange &range, const QString &period,
                                            const ReportChoice &choice) const
{
    const QDate today = m_ws.today();
    auto input = FlagService(m_ws.database()).load(today, range);
    if (!input)
        return input.error();
    auto school = SchoolRepository(m_ws.database()).school();
    if (!school)
        return school.error();
    return TermlyReportBuilder::build(*input, school->name, range, period, today, choice);
}

} // namespace idesk
