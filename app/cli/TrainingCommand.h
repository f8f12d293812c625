#pragma once

#include "Command.h"

namespace idesk::cli {

class TrainingCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TrainingCommand)
public:
    QString name() const override { return QStringLiteral("training"); }
    QString summary() const override
    {
        return tr("Record a mentor's training hours and events, or show their record.");
    }
    QString synopsis() const override { return QStringLiteral("add | show"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
