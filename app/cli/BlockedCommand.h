#pragma once

#include "Command.h"

namespace idesk::cli {

class BlockedCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BlockedCommand)
public:
    QString name() const override { return QStringLiteral("blocked"); }
    QString summary() const override
    {
        return tr("Times nobody may be booked (a conference, a clinic, a trip), for one person "
                  "or everyone.");
    }
    QString synopsis() const override { return QStringLiteral("add [REF] | list | remove ID"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
