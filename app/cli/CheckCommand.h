#pragma once

#include "Command.h"

namespace idesk::cli {

// SQLite's full integrity check of the database: "ok", or every problem and exit 1.
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return tr("Check the database for damage (exit 1 when damaged).");
    }
    bool backsUpDaily() const override { return false; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
