#pragma once

#include "CliContext.h"

#include <QCommandLineParser>

namespace idesk::cli {

// One verb of inductiondesk-cli. The verb declares its options; the runner
// parses them, answers --help, and turns parse errors into exit code 2.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Positional arguments and sub-verbs, for the usage line ("REF ROLE").
    virtual QString synopsis() const { return {}; }
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    virtual int run(CliContext &context, const QCommandLineParser &parser) = 0;
};

} // namespace idesk::cli
