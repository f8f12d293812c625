#pragma once

#include "Command.h"

namespace idesk::cli {

class FlagsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FlagsCommand)
public:
    QString name() const override { return QStringLiteral("flags"); }
    QString summary() const override
    {
        return tr("Every gap: missed sessions, too little ITT time, sessions outside hours, "
                  "no mentor, mentor checks, training behind, absences, reviews due.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
