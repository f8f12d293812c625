#pragma once

#include "application/Workspace.h"
#include "domain/Person.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace idesk::cli {

// Exit codes are a public interface that administrators script against.
enum ExitCode
{
    Success = 0,
    Refused = 1,
    Usage = 2
};

// What every verb needs: the database (opened on first use), the streams, and
// uniform ways to fail with the right exit code.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(QString databasePath, QTextStream &out, QTextStream &err,
               const Clock &clock = Clock::system());

    // The database, opened through the application layer on first use.
    Result<Workspace *> workspace();
    // Opens the database and finds the person a TRN, staff code or id names.
    Result<Person> person(const QString &ref);
    QString databasePath() const { return m_databasePath; }
    const Clock &clock() const { return m_clock; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The message on stderr, exit 1; with --json also the problems as
    // {"errors": [{file, line|row, column, message}]} on stdout.
    int fail(const Error &error);
    void setJson(bool json) { m_json = json; }
    // Whether a database may be made where there is none (demo, init, --create).
    void setMayCreate(bool create) { m_mayCreate = create; }
    void setDailyBackup(bool daily) { m_dailyBackup = daily; }
    // Applies a change the use cases built: Success, or the refusal (exit 1).
    int apply(const Result<ChangePtr> &change);
    int usage(const QString &message, const QString &verb); // message + hint, exit 2
    void printJson(const QJsonValue &value);
    static QJsonArray errorsJson(const Error &error);

    // Parses an option that must be a date; an invalid one is a usage error.
    std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name,
                                    bool required, const QString &verb, int *exitCode);

private:
    QString m_databasePath;
    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    std::unique_ptr<Workspace> m_workspace;
    bool m_json = false;
    bool m_mayCreate = false;
    bool m_dailyBackup = false;
};

} // namespace idesk::cli
