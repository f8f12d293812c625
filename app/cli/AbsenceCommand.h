#pragma once

#include "Command.h"

namespace idesk::cli {

class AbsenceCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AbsenceCommand)
public:
    QString name() const override { return QStringLiteral("absence"); }
    QString summary() const override
    {
        return tr("Record an ECT's or mentor's absence, or list absences.");
    }
    QString synopsis() const override { return QStringLiteral("add REF | list [REF]"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
