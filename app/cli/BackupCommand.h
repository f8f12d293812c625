#pragma once

#include "Command.h"

namespace idesk::cli {

// The database's backups: list them, make one, restore one, say how many to keep.
class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return tr("List, make and restore backups of the database.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("list | create | restore FILE | keep [N]");
    }
    bool backsUpDaily() const override { return false; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    int list(CliContext &context, bool json);
    int create(CliContext &context, bool json);
    int restore(CliContext &context, const QString &file, bool json);
    int keep(CliContext &context, const QString &value, bool json);
};

} // namespace idesk::cli
