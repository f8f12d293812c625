#include "DatabaseWatch.h"

#include "application/Workspace.h"

#include <QDir>
#include <QEvent>
#include <QLockFile>

namespace idesk::ui {

DatabaseWatch::DatabaseWatch(QObject *window)
    : QObject(window)
{
    window->installEventFilter(this);
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatch::look);
}

DatabaseWatch::~DatabaseWatch() = default;

QString DatabaseWatch::watch(Workspace *workspace)
{
    m_workspace = workspace;
    m_lock.reset();
    m_openedElsewhere = false;
    if (!workspace) {
        m_timer.stop();
        return {};
    }
    m_timer.start();
    const QString shared = workspace->sharedDriveWarning();
    // SQLite keeps two copies consistent; the lock's warning is for the people.
    m_lock = std::make_unique<QLockFile>(workspace->path() + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0) || m_lock->error() != QLockFile::LockFailedError)
        return shared;
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    m_openedElsewhere = true;
    const QString elsewhere =
        tr("%1 is already open in another copy of InductionDesk (process %2 on %3). Both can "
           "save changes; each reads the other's within a few seconds, and a change to "
           "something the other has changed since is refused, not overwritten.")
            .arg(QDir::toNativeSeparators(workspace->path()))
            .arg(pid)
            .arg(host);
    return shared.isEmpty() ? elsewhere : elsewhere + QStringLiteral("\n\n") + shared;
}

void DatabaseWatch::look()
{
    if (m_workspace && m_workspace->changedElsewhere())
        emit changedElsewhere();
}

bool DatabaseWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowActivate)
        look();
    return QObject::eventFilter(watched, event);
}

} // namespace idesk::ui
