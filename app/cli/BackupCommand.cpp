#include "BackupCommand.h"

#include "TextTable.h"
#include "application/BackupUseCases.h"
#include "application/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace idesk::cli {

namespace {
QJsonObject toJson(const BackupFile &b)
{
    return {{QStringLiteral("file"), QDir::toNativeSeparators(b.path)},
            {QStringLiteral("made"), b.made.toString(Qt::ISODate)},
            {QStringLiteral("kind"), b.kind},
            {QStringLiteral("bytes"), b.bytes}};
}

QString made(const BackupFile &b)
{
    return b.made.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}
} // namespace

void BackupCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, create, restore or keep"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("restore: the backup to put in place; keep: how many"),
                                 QStringLiteral("[FILE|N]"));
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

int BackupCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString action = args.value(0);
    if (action == QLatin1String("list") && args.size() == 1)
        return list(context, json);
    if (action == QLatin1String("create") && args.size() == 1)
        return create(context, json);
    if (action == QLatin1String("restore") && args.size() == 2)
        return restore(context, args.at(1), json);
    if (action == QLatin1String("keep") && args.size() <= 2)
        return keep(context, args.value(1), json);
    return context.usage(tr("expected: backup list | create | restore FILE | keep [N]"), name());
}

int BackupCommand::list(CliContext &context, bool json)
{
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    BackupUseCases backups(**ws);
    const QList<BackupFile> all = backups.list();
    if (json) {
        QJsonArray rows;
        for (const BackupFile &b : all)
            rows.append(toJson(b));
        context.printJson(
            QJsonObject{{QStringLiteral("folder"), QDir::toNativeSeparators(backups.folder())},
                        {QStringLiteral("keep"), backups.keep()},
                        {QStringLiteral("backups"), rows}});
        return Success;
    }
    if (all.isEmpty()) {
        context.out() << tr("No backups yet in %1 (make one with 'backup create').")
                             .arg(QDir::toNativeSeparators(backups.folder()))
                      << Qt::endl;
        return Success;
    }
    TextTable table({tr("Made"), tr("Kind"), tr("Size"), tr("File")});
    const QLocale locale;
    for (const BackupFile &b : all)
        table.addRow({made(b), BackupUseCases::kindName(b.kind), locale.formattedDataSize(b.bytes),
                      QFileInfo(b.path).fileName()});
    table.print(context.out());
    context.out() << tr("In %1; the newest %n are kept.", "", backups.keep())
                         .arg(QDir::toNativeSeparators(backups.folder()))
                  << Qt::endl;
    return Success;
}

int BackupCommand::create(CliContext &context, bool json)
{
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    auto made = BackupUseCases(**ws).create();
    if (!made)
        return context.fail(made.error());
    if (json)
        context.printJson(toJson(*made));
    else
        context.out() << tr("Backed up to %1").arg(QDir::toNativeSeparators(made->path))
                      << Qt::endl;
    return Success;
}

int BackupCommand::restore(CliContext &context, const QString &file, bool json)
{
    // The database is not opened here: it may be the damaged file being replaced.
    if (!QFileInfo::exists(context.databasePath()))
        return context.fail(
            Error::notFound(tr("no such database: %1").arg(context.databasePath())));
    auto done = BackupUseCases::restore(context.databasePath(), file);
    if (!done)
        return context.fail(done.error());
    if (json) {
        QJsonObject o{{QStringLiteral("restored"), QDir::toNativeSeparators(done->restored.path)}};
        if (done->keptFirst)
            o.insert(QStringLiteral("kept"), QDir::toNativeSeparators(done->keptFirst->path));
        context.printJson(o);
        return Success;
    }
    context.out() << tr("Restored %1 from %2.")
                         .arg(QDir::toNativeSeparators(context.databasePath()),
                              QDir::toNativeSeparators(done->restored.path));
    if (done->keptFirst)
        context.out() << ' '
                      << tr("The database as it was is kept in %1.")
                             .arg(QDir::toNativeSeparators(done->keptFirst->path));
    context.out() << Qt::endl;
    return Success;
}

int BackupCommand::keep(CliContext &context, const QString &value, bool json)
{
    auto ws = context.workspace();
    if (!ws)
        return context.fail(ws.error());
    BackupUseCases backups(**ws);
    if (!value.isEmpty()) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok)
            return context.usage(tr("keep: \"%1\" is not a number").arg(value), name());
        if (auto s = backups.setKeep(n); !s)
            return context.fail(s.error());
    }
    if (json)
        context.printJson(QJsonObject{{QStringLiteral("keep"), backups.keep()}});
    else
        context.out() << tr("The newest %n backup(s) are kept.", "", backups.keep()) << Qt::endl;
    return Success;
}

} // namespace idesk::cli
