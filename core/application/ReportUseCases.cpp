#include "ReportUseCases.h"

#include "application/Workspace.h"
#include "services/FlagService.h"
#include "storage/SchoolRepository.h"

namespace idesk {

Result<QList<Flag>> ReportUseCases::flags(const DateRange &range) const
{
    return FlagService(m_ws.database()).flags(range, m_ws.today());
}

Result<FlagReading> ReportUseCases::read(const DateRange &range) const
{
    FlagReading r;
    r.range = range;
    r.today = m_ws.today();
    auto input = FlagService(m_ws.database()).load(r.today, range);
    if (!input)
        return input.error();
    r.flags = FlagEngine::flags(*input, range, r.today);
    r.input = std::make_shared<const FlagInput>(std::move(*input));
    return r;
}

Result<FlagReading> ReportUseCases::reread(const FlagReading &before,
                                           const QSet<qint64> &pairings) const
{
    // Another day judges other weeks: everything is read again.
    if (!before.input || before.today != m_ws.today())
        return read(before.range);
    auto input = std::make_shared<FlagInput>(*before.input);
    if (auto s = FlagService(m_ws.database()).rereadSessionsOf(*input, before.range, pairings); !s)
        return s.error();
    FlagReading r = before;
    r.flags =
        FlagEngine::withSessionFlagsOf(before.flags, *input, before.range, before.today, pairings);
    r.input = std::move(input);
    return r;
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
