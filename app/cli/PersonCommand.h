#pragma once

#include "Command.h"

namespace idesk::cli {

class PersonCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommand)
public:
    QString name() const override { return QStringLiteral("person"); }
    QString summary() const override
    {
        return tr("Set a person's working pattern (days and hours).");
    }
    QString synopsis() const override { return QStringLiteral("working-pattern REF"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
