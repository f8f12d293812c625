#pragma once

#include "application/Change.h"
#include "application/Topics.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

namespace idesk {

class Database;

// The one door to a school's data for the front ends: it opens the database,
// holds the clock that says what "today" is, and applies, reverts and tries
// the changes the use cases build, each in one transaction. After each it
// says which topics changed, so a front end refreshes only what moved.
//
// The use cases (PeopleUseCases, SessionUseCases, ...) are made from a
// Workspace; `ui/` and `app/` use them and never the storage beneath.
class Workspace : public QObject
{
    Q_OBJECT
public:
    struct OpenOptions
    {
        bool createIfMissing = true;
        // The file system to take the file to be on (tests); empty: ask the system.
        QString fileSystem;
    };

    static Result<std::unique_ptr<Workspace>> open(const QString &path, const Clock &clock,
                                                   const OpenOptions &options);
    static Result<std::unique_ptr<Workspace>> open(const QString &path, const Clock &clock)
    {
        return open(path, clock, OpenOptions{});
    }
    // Where the database lives unless the user picks another file.
    static QString defaultPath();
    static QString fileSuffix();

    ~Workspace() override;

    QString path() const;
    // Why the database may not be written (the quick check on opening found
    // it damaged), or empty.
    QString damage() const;
    // When the database is on a network share: the warning that two
    // computers must not open it at once (empty on a local disk).
    QString sharedDriveWarning() const;
    // SQLite's full integrity and foreign-key checks: what is wrong, or nothing.
    Result<QStringList> checkIntegrity() const;
    // True when someone else (the command line, another copy, a worker's
    // connection) has saved a change since the last time this was asked.
    bool changedElsewhere();
    const Clock &clock() const { return m_clock; }
    QDate today() const { return m_clock.today(); }
    QDateTime lastBackupTime() const;
    QString lastBackupPath() const;

    // Applies (redo) or reverts (undo) a change in one transaction; on
    // success emits changed() with its topics.
    Status apply(Change &change);
    Status revert(Change &change);
    // The answer apply() would give, with nothing written: dialogs show a
    // refusal while they are still open, so nothing typed is lost.
    Status check(Change &change);
    // Tells the views that `topics` changed other than through apply() and
    // revert() (a whole demo school written); no pairings: all may have moved.
    void announce(Topics topics, const QSet<qint64> &pairings = {});

    // The same database on a connection of its own, for a worker thread; it
    // must be made, used and destroyed on that thread.
    Result<std::unique_ptr<Workspace>> openForWorker() const;
    // The same, as a value to carry to a worker: it holds no reference to
    // this workspace (which may close meanwhile), and the worker's today
    // comes from the clock it is given.
    using WorkerOpener = std::function<Result<std::unique_ptr<Workspace>>(const Clock &)>;
    WorkerOpener workerOpener() const;

    // For the use cases (and tests) inside core; the front ends never include
    // its header.
    Database &database() const { return *m_database; }

signals:
    void changed(idesk::Topics topics);
    // Sent first with every `changed`: its topics and, when the change wrote
    // only sessions and says whose, the pairings they belong to (empty
    // otherwise), so a view can work out again only what those decide.
    void changedSessionsOf(idesk::Topics topics, const QSet<qint64> &pairings);

private:
    Workspace(std::unique_ptr<Database> database, const Clock &clock);
    void announce(const Change &change);
    Status write(Change &change, bool undo);

    std::unique_ptr<Database> m_database;
    const Clock &m_clock;
    qint64 m_dataVersion = -1;
    QString m_restoreOffer; // said with the damage
};

} // namespace idesk
