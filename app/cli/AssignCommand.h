#pragma once

#include "Command.h"

namespace idesk::cli {

class AssignCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AssignCommand)
public:
    QString name() const override { return QStringLiteral("assign"); }
    QString summary() const override
    {
        return tr("Pair a mentor with an ECT or trainee, after the mentor checks.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
