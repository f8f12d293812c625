#pragma once

#include "Command.h"

namespace idesk::cli {

class PlacementCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlacementCommand)
public:
    QString name() const override { return QStringLiteral("placement"); }
    QString summary() const override { return tr("Record a trainee's ITT placement."); }
    QString synopsis() const override { return QStringLiteral("add"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
