#include "CliContext.h"

#include "application/BackupUseCases.h"
#include "application/PeopleUseCases.h"
#include "util/Dates.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace idesk::cli {

CliContext::CliContext(QString databasePath, QTextStream &out, QTextStream &err, const Clock &clock)
    : m_databasePath(std::move(databasePath))
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
{}

Result<Workspace *> CliContext::workspace()
{
    if (!m_workspace) {
        Workspace::OpenOptions options;
        options.createIfMissing = m_mayCreate;
        const QFileInfo before(m_databasePath);
        const bool existed = before.exists() && before.size() > 0;
        auto opened = Workspace::open(m_databasePath, m_clock, options);
        if (!opened && opened.error().kind == Error::Kind::NotFound)
            return Error::notFound(tr("no such database: %1 (make one with 'inductiondesk-cli "
                                      "init', or try 'inductiondesk-cli demo')")
                                       .arg(m_databasePath));
        if (!opened)
            return opened.error();
        m_workspace = std::move(opened).value();
        // Said once, whatever the verb: a damaged database is read, not written.
        if (!m_workspace->damage().isEmpty())
            m_err << "inductiondesk-cli: " << m_workspace->damage() << Qt::endl;
        if (const QString shared = m_workspace->sharedDriveWarning(); !shared.isEmpty())
            m_err << "inductiondesk-cli: " << tr("warning: %1").arg(shared) << Qt::endl;
        // The day's backup: a failure is said, but the verb goes on.
        if (m_dailyBackup && existed) {
            if (auto b = BackupUseCases(*m_workspace).dailyIfDue(); !b)
                m_err << "inductiondesk-cli: " << tr("warning: %1").arg(b.error().message)
                      << Qt::endl;
        }
    }
    return m_workspace.get();
}

int CliContext::apply(const Result<ChangePtr> &change)
{
    if (!change)
        return fail(change.error());
    auto ws = workspace();
    if (!ws)
        return fail(ws.error());
    if (auto s = (*ws)->apply(**change); !s)
        return fail(s.error());
    return Success;
}

Result<Person> CliContext::person(const QString &ref)
{
    auto ws = workspace();
    if (!ws)
        return ws.error();
    return PeopleUseCases(**ws).resolve(ref);
}

QJsonArray CliContext::errorsJson(const Error &error)
{
    // The same shape as the rows a staff import refuses: a refusal with no
    // place in a file has an empty file and row 0.
    QList<Located> problems = error.located;
    if (problems.isEmpty())
        problems.append({Place{}, error.message});
    QJsonArray errors;
    for (const Located &p : std::as_const(problems)) {
        QJsonObject o{{QStringLiteral("file"), p.place.file},
                      {QStringLiteral("column"), p.place.column},
                      {QStringLiteral("message"), p.message}};
        if (p.place.line > 0)
            o.insert(QStringLiteral("line"), p.place.line);
        else
            o.insert(QStringLiteral("row"), p.place.row);
        if (!p.place.sheet.isEmpty())
            o.insert(QStringLiteral("sheet"), p.place.sheet);
        errors.append(o);
    }
    return errors;
}

int CliContext::fail(const Error &error)
{
    m_err << "inductiondesk-cli: " << error.message << Qt::endl;
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("errors"), errorsJson(error)}});
    return Refused;
}

int CliContext::usage(const QString &message, const QString &verb)
{
    m_err << "inductiondesk-cli: " << message << '\n'
          << tr("Try 'inductiondesk-cli %1 --help'.").arg(verb) << Qt::endl;
    return Usage;
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

std::optional<QDate> CliContext::dateOption(const QCommandLineParser &parser, const QString &name,
                                            bool required, const QString &verb, int *exitCode)
{
    if (!parser.isSet(name)) {
        if (required)
            *exitCode = usage(tr("--%1 DATE is required").arg(name), verb);
        return std::nullopt;
    }
    const QDate d = Dates::parse(parser.value(name));
    if (!d.isValid()) {
        *exitCode = usage(tr("--%1 \"%2\" is not a date (use YYYY-MM-DD or DD/MM/YYYY)")
                              .arg(name, parser.value(name)),
                          verb);
        return std::nullopt;
    }
    return d;
}

} // namespace idesk::cli
