#pragma once

#include "Command.h"

namespace idesk::cli {

class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return tr("Fill an empty database with a realistic demo school.");
    }
    bool createsDatabase() const override { return true; }
    void addOptions(QCommandLineParser &) const override {}
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
