#pragma once

#include "Command.h"

namespace idesk::cli {

class RoleCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RoleCommand)
public:
    QString name() const override { return QStringLiteral("role"); }
    QString summary() const override { return tr("Give a person a role, or end one."); }
    QString synopsis() const override { return QStringLiteral("add|end REF ROLE"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
