#pragma once

#include "Command.h"

namespace idesk::cli {

class SessionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SessionCommand)
public:
    QString name() const override { return QStringLiteral("session"); }
    QString summary() const override
    {
        return tr("Log a session as held, cancelled or missed. Notes are developmental, not "
                  "assessment.");
    }
    QString synopsis() const override { return QStringLiteral("held|cancel|missed ID"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
