#include "Workspace.h"

#include "application/BackupUseCases.h"
#include "application/ConflictWording.h"
#include "storage/BackupFolder.h"
#include "storage/ChangeRecorder.h"
#include "storage/Database.h"

#include <QDir>

namespace idesk {

Workspace::Workspace(std::unique_ptr<Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
{
    changedElsewhere(); // where "since" starts
}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const Clock &clock,
                                                   const OpenOptions &options)
{
    Database::OpenOptions o;
    o.createIfMissing = options.createIfMissing;
    o.fileSystem = options.fileSystem;
    auto db = Database::openSqlite(path, o);
    if (!db)
        return db.error();
    std::unique_ptr<Workspace> ws(new Workspace(std::move(db).value(), clock));
    if (!ws->m_database->damage().isEmpty()) {
        const auto good = BackupUseCases::latestGood(ws->path());
        ws->m_restoreOffer =
            good ? tr("The latest good backup was made on %1: restore it with File > Backups, or "
                      "with: inductiondesk-cli backup restore \"%2\"")
                       .arg(good->made.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                            QDir::toNativeSeparators(good->path))
                 : tr("No good backup of it was found in %1.")
                       .arg(QDir::toNativeSeparators(BackupFolder(ws->path()).folder()));
    }
    return ws;
}

QString Workspace::sharedDriveWarning() const
{
    const QString fs = m_database->networkFileSystem();
    if (fs.isEmpty())
        return {};
    return tr("%1 is on a network drive (%2). Two computers must not have it open at once: over "
              "a network, the locks that keep two people's changes apart cannot be relied on, "
              "and changes may be lost. Open it from one computer at a time, or keep it on this "
              "computer's own disk.")
        .arg(QDir::toNativeSeparators(path()), fs);
}

bool Workspace::changedElsewhere()
{
    const auto version = m_database->dataVersion();
    if (!version)
        return false; // busy or gone: asked again at the next look
    const bool changed = m_dataVersion >= 0 && *version != m_dataVersion;
    m_dataVersion = *version;
    return changed;
}

QString Workspace::damage() const
{
    return m_database->damage().isEmpty()
               ? QString()
               : m_database->damage() + QLatin1Char(' ') + m_restoreOffer;
}

Result<QStringList> Workspace::checkIntegrity() const
{
    return m_database->integrityProblems(true);
}

QString Workspace::defaultPath()
{
    return Database::defaultPath();
}

QString Workspace::fileSuffix()
{
    return Database::fileSuffix();
}

QString Workspace::path() const
{
    return m_database->path();
}

// From the backups folder, not the database's own log: a restored database
// does not know of the backups made after it.
QDateTime Workspace::lastBackupTime() const
{
    const auto all = BackupFolder(path()).list();
    return all.isEmpty() ? QDateTime() : all.first().made;
}

QString Workspace::lastBackupPath() const
{
    const auto all = BackupFolder(path()).list();
    return all.isEmpty() ? QString() : all.first().path;
}

Status Workspace::apply(Change &change)
{
    return write(change, false);
}

Status Workspace::revert(Change &change)
{
    return write(change, true);
}

Status Workspace::write(Change &change, bool undo)
{
    // Undo checks the rows as apply() left them, redo as revert() left them:
    // a change is never applied over what someone else wrote meanwhile.
    const std::unique_ptr<RowStates> &expected = undo ? change.m_afterApply : change.m_afterRevert;
    RowStates left;
    const Status s = m_database->write([&]() -> Status {
        ChangeRecorder recorder(*m_database);
        if (expected) {
            auto differences = recorder.differences(*expected);
            if (!differences)
                return differences.error();
            if (!differences->isEmpty())
                return Error::refused(ConflictWording::describe(change.text(),
                                                                undo ? ConflictWording::Doing::Undo
                                                                     : ConflictWording::Doing::Redo,
                                                                *differences));
        }
        if (auto started = recorder.start(); !started)
            return started;
        if (auto done = undo ? change.revert(*m_database) : change.apply(*m_database); !done)
            return done;
        auto rows = recorder.stop();
        if (!rows)
            return rows.error();
        left = std::move(rows).value();
        return Status::success();
    });
    if (!s)
        return s;
    (undo ? change.m_afterRevert : change.m_afterApply) =
        std::make_unique<RowStates>(std::move(left));
    announce(change);
    return s;
}

void Workspace::announce(const Change &change)
{
    announce(change.topics(), change.topics() == Topics(Topic::Sessions)
                                  ? change.sessionsOfPairings()
                                  : QSet<qint64>());
}

void Workspace::announce(Topics topics, const QSet<qint64> &pairings)
{
    emit changedSessionsOf(topics, pairings);
    emit changed(topics);
}

Status Workspace::check(Change &change)
{
    return m_database->dryRun([&] { return change.apply(*m_database); });
}

Result<std::unique_ptr<Workspace>> Workspace::openForWorker() const
{
    return workerOpener()(m_clock);
}

Workspace::WorkerOpener Workspace::workerOpener() const
{
    return [open = m_database->connectionOpener()](
               const Clock &clock) -> Result<std::unique_ptr<Workspace>> {
        auto db = open();
        if (!db)
            return db.error();
        return std::unique_ptr<Workspace>(new Workspace(std::move(db).value(), clock));
    };
}

} // namespace idesk
