#include "CommandLine.h"

#include "AbsenceCommand.h"
#include "AssignCommand.h"
#include "BackupCommand.h"
#include "BlockedCommand.h"
#include "CalendarCommand.h"
#include "CheckCommand.h"
#include "DemoCommand.h"
#include "FlagsCommand.h"
#include "ImportStaffCommand.h"
#include "InductionCommand.h"
#include "InitCommand.h"
#include "OversightCommand.h"
#include "PairingsCommand.h"
#include "PeopleCommand.h"
#include "PersonCommand.h"
#include "PlacementCommand.h"
#include "RoleCommand.h"
#include "ScheduleCommand.h"
#include "SchoolCommand.h"
#include "SchoolDayCommand.h"
#include "SessionCommand.h"
#include "StandardsCommand.h"
#include "TimetableCommand.h"
#include "TrainingCommand.h"
#ifdef INDUCTIONDESK_REPORTS
#include "ReportCommand.h"
#endif
#include "util/Dates.h"

#include <QProcessEnvironment>

namespace idesk::cli {

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<PeopleCommand>());
    m_commands.push_back(std::make_unique<PairingsCommand>());
    m_commands.push_back(std::make_unique<AssignCommand>());
    m_commands.push_back(std::make_unique<RoleCommand>());
    m_commands.push_back(std::make_unique<InductionCommand>());
    m_commands.push_back(std::make_unique<PlacementCommand>());
    m_commands.push_back(std::make_unique<CalendarCommand>());
    m_commands.push_back(std::make_unique<SchoolDayCommand>());
    m_commands.push_back(std::make_unique<SchoolCommand>());
    m_commands.push_back(std::make_unique<PersonCommand>());
    m_commands.push_back(std::make_unique<TimetableCommand>());
    m_commands.push_back(std::make_unique<ImportStaffCommand>());
    m_commands.push_back(std::make_unique<ScheduleCommand>());
    m_commands.push_back(std::make_unique<SessionCommand>());
    m_commands.push_back(std::make_unique<FlagsCommand>());
    m_commands.push_back(std::make_unique<AbsenceCommand>());
    m_commands.push_back(std::make_unique<BlockedCommand>());
    m_commands.push_back(std::make_unique<TrainingCommand>());
    m_commands.push_back(std::make_unique<StandardsCommand>());
    m_commands.push_back(std::make_unique<OversightCommand>());
#ifdef INDUCTIONDESK_REPORTS
    m_commands.push_back(std::make_unique<ReportCommand>());
#endif
}

CommandLine::~CommandLine() = default;

void CommandLine::printHelp(QTextStream &out) const
{
    out << tr("Usage: inductiondesk-cli [--database PATH] VERB [options]") << "\n\n"
        << tr("InductionDesk for scripts and administrators: mentors, ECTs and trainees.") << "\n\n"
        << tr("Global options:") << '\n'
        << "  --database PATH  "
        << tr("The database file (default: %1).").arg(Workspace::defaultPath()) << '\n'
        << "  --create         "
        << tr("Make the database if there is none (only demo and init do otherwise).") << '\n'
        << "  --verbose        " << tr("Show Qt's and SQLite's own messages too.") << '\n'
        << "  --version        " << tr("Print the version and exit.") << '\n'
        << "  -h, --help       " << tr("Print this help, or a verb's with VERB --help.") << "\n\n"
        << tr("Verbs:") << '\n';
    // The names' column is as wide as the longest name, and two spaces more.
    qsizetype width = 0;
    for (const auto &c : m_commands)
        width = std::max(width, c->name().size());
    for (const auto &c : m_commands)
        out << "  " << c->name().leftJustified(width + 2) << c->summary() << '\n';
    out << '\n'
        << tr("Exit status: 0 done, 1 refused (the reason is on stderr), 2 usage error.") << '\n';
    out.flush();
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    QString database = env.value(QStringLiteral("INDUCTIONDESK_DATABASE"));
    bool create = false;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out << "inductiondesk-cli " << INDUCTIONDESK_VERSION << Qt::endl;
            return Success;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printHelp(out);
            return Success;
        }
        if (a == QLatin1String("--database")) {
            if (i + 1 >= arguments.size()) {
                err << tr("inductiondesk-cli: --database needs a file path") << Qt::endl;
                return Usage;
            }
            database = arguments.at(++i);
            continue;
        }
        if (a == QLatin1String("--verbose"))
            continue; // read by main(): Qt's own messages are shown
        if (a == QLatin1String("--create")) {
            create = true;
            continue;
        }
        if (a.startsWith(QLatin1String("--database="))) {
            database = a.mid(11);
            continue;
        }
        if (a.startsWith(QLatin1Char('-'))) {
            err << tr("inductiondesk-cli: unknown option %1").arg(a) << '\n'
                << tr("Try 'inductiondesk-cli --help'.") << Qt::endl;
            return Usage;
        }
        break;
    }
    if (i >= arguments.size()) {
        printHelp(err);
        return Usage;
    }
    const QString verb = arguments.at(i);
    for (const auto &c : m_commands) {
        if (c->name() == verb)
            return runVerb(*c, arguments.mid(i + 1), database, create, out, err);
    }
    err << tr("inductiondesk-cli: unknown verb \"%1\"").arg(verb) << '\n'
        << tr("Try 'inductiondesk-cli --help'.") << Qt::endl;
    return Usage;
}

namespace {
// Why `args` are more than `synopsis` allows, or nothing: too few are the
// verb's own to explain.
QString tooMany(const QString &synopsis, const QStringList &args)
{
    if (synopsis.trimmed().isEmpty())
        return args.isEmpty() ? QString()
                              : CommandLine::tr("takes no arguments, but was given \"%1\"")
                                    .arg(args.join(QLatin1Char(' ')));
    for (const QString &alternative : synopsis.split(QStringLiteral(" | "))) {
        QStringList tokens = alternative.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Options in a synopsis ("--ect REF") are not positional.
        for (qsizetype i = 0; i < tokens.size();) {
            if (tokens.at(i).startsWith(QLatin1String("--")))
                tokens.remove(i, i + 1 < tokens.size() ? 2 : 1);
            else
                ++i;
        }
        if (tokens.isEmpty())
            continue;
        const bool literal = tokens.first() == tokens.first().toLower();
        if (literal && !tokens.first().split(QLatin1Char('|')).contains(args.value(0)))
            continue;
        if (tokens.last().endsWith(QLatin1String("...")))
            return {};
        if (args.size() > tokens.size())
            return CommandLine::tr("\"%1\" takes at most %n argument(s): %2", nullptr,
                                   int(tokens.size()) - (literal ? 1 : 0))
                .arg(literal ? args.first() : synopsis, alternative.trimmed());
        return {};
    }
    return {};
}
} // namespace

int CommandLine::runVerb(Command &command, const QStringList &arguments, const QString &database,
                         bool create, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this verb's help."));
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The database file."),
                                            tr("PATH"));
    parser.addOption(help);
    parser.addOption(databaseOption);
    command.addOptions(parser);

    if (!parser.parse(QStringList{QStringLiteral("inductiondesk-cli")} + arguments)) {
        err << "inductiondesk-cli " << command.name() << ": " << parser.errorText() << '\n'
            << tr("Try 'inductiondesk-cli %1 --help'.").arg(command.name()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt's first line names only the program; ours names the verb too.
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        out << tr("Usage: inductiondesk-cli [--database PATH] %1 %2 [options]")
                   .arg(command.name(), command.synopsis())
                   .simplified()
            << '\n'
            << text;
        out.flush();
        return Success;
    }

    // A repeated option would silently take one of its values.
    QStringList seen;
    for (const QString &name : parser.optionNames()) {
        if (seen.contains(name) && !command.repeatableOptions().contains(name)) {
            err << "inductiondesk-cli " << command.name() << ": "
                << tr("--%1 is given more than once").arg(name) << '\n'
                << tr("Try 'inductiondesk-cli %1 --help'.").arg(command.name()) << Qt::endl;
            return Usage;
        }
        seen.append(name);
    }
    if (const QString extra = tooMany(command.synopsis(), parser.positionalArguments());
        !extra.isEmpty()) {
        err << "inductiondesk-cli " << command.name() << ": " << extra << '\n'
            << tr("Try 'inductiondesk-cli %1 --help'.").arg(command.name()) << Qt::endl;
        return Usage;
    }

    // A range that ends before it starts is refused alike by every verb.
    for (const auto &[first, last] : {std::pair{QStringLiteral("from"), QStringLiteral("to")},
                                      std::pair{QStringLiteral("start"), QStringLiteral("end")}}) {
        if (!parser.optionNames().contains(first) || !parser.optionNames().contains(last))
            continue;
        const QDate a = Dates::parse(parser.value(first)), b = Dates::parse(parser.value(last));
        if (a.isValid() && b.isValid() && b < a) {
            err << "inductiondesk-cli " << command.name() << ": "
                << tr("--%1 %2 is before --%3 %4")
                       .arg(last, parser.value(last), first, parser.value(first))
                << '\n'
                << tr("Try 'inductiondesk-cli %1 --help'.").arg(command.name()) << Qt::endl;
            return Usage;
        }
    }

    QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : database;
    if (path.isEmpty())
        path = Workspace::defaultPath();

    // For scripted tests and demonstrations: pretend today is another day.
    auto clock = Clock::fromEnvironment();
    if (!clock) {
        err << "inductiondesk-cli: " << clock.error().message << Qt::endl;
        return Usage;
    }
    CliContext context(path, out, err, **clock);
    context.setJson(parser.optionNames().contains(QStringLiteral("json")));
    context.setMayCreate(create || command.createsDatabase());
    context.setDailyBackup(command.backsUpDaily());
    return command.run(context, parser);
}

} // namespace idesk::cli
