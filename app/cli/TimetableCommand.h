#pragma once

#include "Command.h"
#include "services/TimetablePlan.h"

namespace idesk::cli {

class TimetableCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TimetableCommand)
public:
    QString name() const override { return QStringLiteral("timetable"); }
    QString summary() const override
    {
        return tr("Import timetables exported by FET, aSc, an MIS or a spreadsheet, or show one "
                  "person's timetable.");
    }
    QString synopsis() const override { return QStringLiteral("import FILE | show REF"); }
    QStringList repeatableOptions() const override { return {QStringLiteral("match")}; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    int import(CliContext &context, const QCommandLineParser &parser, const QString &file);
    int printImport(CliContext &context, const TimetablePlan &plan, bool dryRun, bool saved,
                    bool json);
    int show(CliContext &context, const QCommandLineParser &parser, const QString &ref);
};

} // namespace idesk::cli
