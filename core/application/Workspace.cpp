#include "Workspace.h"

#include "storage/Database.h"

namespace idesk {

Workspace::Workspace(std::unique_ptr<Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const Clock &clock,
                                                   const OpenOptions &options)
{
    Database::OpenOptions o;
    o.createIfMissing = options.createIfMissing;
    auto db = Database::openSqlite(path, o);
    if (!db)
        return db.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(db).value(), clock));
}

QString Workspace::damage() const
{
    return m_database->damage();
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

QDateTime Workspace::lastBackupTime() const
{
    return m_database->lastBackupTime();
}

QString Workspace::lastBackupPath() const
{
    return m_database->lastBackupPath();
}

Status Workspace::apply(Change &change)
{
    const Status s = m_database->write([&] { return change.apply(*m_database); });
    if (s)
        announce(change);
    return s;
}

Status Workspace::revert(Change &change)
{
    const Status s = m_database->write([&] { return change.revert(*m_database); });
    if (s)
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
