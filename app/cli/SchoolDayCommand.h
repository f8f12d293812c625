#pragma once

#include "Command.h"

namespace idesk::cli {

class SchoolDayCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SchoolDayCommand)
public:
    QString name() const override { return QStringLiteral("school-day"); }
    QString summary() const override { return tr("Import or show the periods of the school day."); }
    QString synopsis() const override { return QStringLiteral("import FILE | show"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
