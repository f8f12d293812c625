#pragma once

#include "Command.h"

namespace idesk::cli {

class ImportStaffCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportStaffCommand)
public:
    QString name() const override { return QStringLiteral("import-staff"); }
    QString summary() const override
    {
        return tr("Import a staff list (CSV or Excel) exported by the school's information "
                  "system: new, updated and unchanged staff, all or nothing.");
    }
    QString synopsis() const override { return QStringLiteral("FILE"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
