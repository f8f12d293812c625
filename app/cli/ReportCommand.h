#pragma once

#include "Command.h"

namespace idesk::cli {

class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return tr("Write a report as PDF: the termly summary, or a mentor's standards summary.");
    }
    QString synopsis() const override { return QStringLiteral("termly | standards"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
