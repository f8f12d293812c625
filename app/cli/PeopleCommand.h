#pragma once

#include "Command.h"

namespace idesk::cli {

class PeopleCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PeopleCommand)
public:
    QString name() const override { return QStringLiteral("people"); }
    QString summary() const override { return tr("List the staff with their current roles."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
