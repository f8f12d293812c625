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
    // The verb's positional arguments, as its help shows them: actions
    // separated by " | ", "add|end" for actions that take the same
    // arguments, [OPTIONAL] ones in brackets. Arguments beyond what the
    // synopsis allows are a usage error.
    virtual QString synopsis() const { return {}; }
    // Whether the verb may make a new database (demo, init); others refuse a
    // path where there is none, unless --create is given.
    virtual bool createsDatabase() const { return false; }
    // Whether opening the database for this verb makes the day's backup
    // when none has been made yet (not for the verbs that make, check or
    // restore a database).
    virtual bool backsUpDaily() const { return !createsDatabase(); }
    // Options that may be given more than once; any other, repeated, is a usage error.
    virtual QStringList repeatableOptions() const { return {}; }
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    virtual int run(CliContext &context, const QCommandLineParser &parser) = 0;
};

} // namespace idesk::cli
