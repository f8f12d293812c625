#pragma once

#include "Command.h"

#include "util/DateRange.h"

namespace idesk::cli {

class ScheduleCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)
public:
    QString name() const override { return QStringLiteral("schedule"); }
    QString summary() const override
    {
        return tr("Plan mentoring sessions for a term or any dates, show the plan, or offer "
                  "slots for a cancelled session.");
    }
    QString synopsis() const override { return QStringLiteral("plan | show | alternatives ID"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    // --term LABEL, or --from and --to; nullopt after reporting a usage error.
    std::optional<DateRange> range(CliContext &context, const QCommandLineParser &parser,
                                   int *exitCode);
};

} // namespace idesk::cli
