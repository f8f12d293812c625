#pragma once

#include "Command.h"

namespace idesk::cli {

class PairingsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PairingsCommand)
public:
    QString name() const override { return QStringLiteral("pairings"); }
    QString summary() const override
    {
        return tr("List mentor pairings, current and past, with their history.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
