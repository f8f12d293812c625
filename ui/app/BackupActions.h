#pragma once

#include <QObject>

class QLabel;

namespace idesk {
class TaskRunner;
}

namespace idesk::ui {

class ActionHost;

// Backups from the window: File > Backups, the day's backup made on a
// worker after a database opens, and the offer to restore the latest good
// backup when the database opened is damaged.
class BackupActions : public QObject
{
    Q_OBJECT
public:
    BackupActions(ActionHost &host, QObject *parent);

    void showBackups();
    // After a database opens: the day's backup, off the GUI thread.
    void backUpDailyInBackground();
    // "Last backup: 08/12/2026 09:12" in the status bar.
    void showLastBackup(QLabel *label) const;
    // Waits for the day's backup (tests, closing).
    void waitForDailyBackup();
    // The open database is damaged: says so, and offers its latest good backup.
    void offerRestoreOfDamaged();
    // Asks, then puts `backup` in place of the open database and opens it again.
    void restore(const QString &backup);

signals:
    // A backup was made or restored: the status bar's "last backup" moves.
    void backupsChanged();

private:
    ActionHost &m_host;
    TaskRunner *m_runner;
};

} // namespace idesk::ui
