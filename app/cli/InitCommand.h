#pragma once

#include "Command.h"

namespace idesk::cli {

// Makes a new, empty database: the one deliberate way (with demo, and the
// --create option) a path that holds nothing becomes a database.
class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return tr("Make a new, empty database."); }
    bool createsDatabase() const override { return true; }
    void addOptions(QCommandLineParser &) const override {}
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
