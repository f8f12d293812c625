#pragma once

#include "Command.h"

namespace idesk::cli {

class SchoolCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SchoolCommand)
public:
    QString name() const override { return QStringLiteral("school"); }
    QString summary() const override { return tr("Set the school's contracted (directed) time."); }
    QString synopsis() const override { return QStringLiteral("contracted-time"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace idesk::cli
