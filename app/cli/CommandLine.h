#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace idesk::cli {

// Global options, verb dispatch and help for inductiondesk-cli.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandLine();
    ~CommandLine();
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    void printHelp(QTextStream &out) const;
    int runVerb(Command &command, const QStringList &arguments, const QString &database,
                bool create, QTextStream &out, QTextStream &err);

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace idesk::cli
