#pragma once

#include "Command.h"

namespace idesk::cli {

class StandardsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StandardsCommand)
public:
    QString name() const override { return QStringLiteral("standards"); }
    QString summary() const override
    {
        return tr("A mentor's self-assessment against the National Standards for ITT mentors.");
    }
    QString synopsis() const override { return QStringLiteral("show | assess | plan"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
