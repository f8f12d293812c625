#pragma once

#include "Command.h"

namespace idesk::cli {

class CalendarCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)
public:
    QString name() const override { return QStringLiteral("calendar"); }
    QString summary() const override
    {
        return tr("Import bank holidays, or show an academic year's calendar.");
    }
    QString synopsis() const override { return QStringLiteral("bank-holidays FILE | show"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    int show(CliContext &context, const QCommandLineParser &parser);
};

} // namespace idesk::cli
