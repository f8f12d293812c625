#pragma once

#include "Command.h"

namespace idesk::cli {

class InductionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InductionCommand)
public:
    QString name() const override { return QStringLiteral("induction"); }
    QString summary() const override
    {
        return tr("Start an ECT's induction, or pause, resume, withdraw or complete it.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("show REF | start --ect REF | pause|resume|withdraw|complete REF");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    int start(CliContext &context, const QCommandLineParser &parser);
    int show(CliContext &context, const QCommandLineParser &parser, const QString &ref);
};

} // namespace idesk::cli
