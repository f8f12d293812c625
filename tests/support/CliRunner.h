#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the real inductiondesk-cli (CLI_PATH) as an administrator's script
// would: on `database`, with today fixed, and with its own data folder.
struct CliRun
{
    int exit = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

inline CliRun runCli(const QString &database, const QString &dataHome, const QStringList &args,
                     const QString &today = QStringLiteral("2026-11-23"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INDUCTIONDESK_TODAY"), today);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.remove(QStringLiteral("INDUCTIONDESK_DATABASE"));
    p.setProcessEnvironment(env);
    const QStringList all =
        database.isEmpty() ? QStringList() : QStringList{QStringLiteral("--database"), database};
    p.start(QStringLiteral(CLI_PATH), all + args);
    if (!p.waitForFinished(60000))
        qFatal("inductiondesk-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The same with the files the CLI may write limited to `blocks` of 512
// bytes (`ulimit -f`), the signal that limit raises ignored, so a write past
// it fails as on a full disk.
inline CliRun runCliWithFileLimit(const QString &database, const QString &dataHome,
                                  const QStringList &args, int blocks)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INDUCTIONDESK_TODAY"), QStringLiteral("2026-11-23"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    p.setProcessEnvironment(env);
    p.start(
        QStringLiteral("/bin/sh"),
        QStringList{QStringLiteral("-c"),
                    QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(blocks),
                    QStringLiteral(CLI_PATH), QStringLiteral("--database"), database} +
            args);
    if (!p.waitForFinished(60000))
        qFatal("inductiondesk-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Writes a file for a test under `dir` and returns its path.
inline QString writeTestFile(const QDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}
