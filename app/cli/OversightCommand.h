#pragma once

#include "Command.h"

namespace idesk::cli {

class OversightCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OversightCommand)
public:
    QString name() const override { return QStringLiteral("oversight"); }
    QString summary() const override
    {
        return tr("Which general mentors an ITT lead mentor oversees, and how they are doing.");
    }
    QString synopsis() const override { return QStringLiteral("show | add | remove"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
