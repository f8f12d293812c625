#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class QLockFile;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

// Keeps an eye on the open database for the people using it elsewhere: a
// lock file beside it says when another copy of InductionDesk has it open,
// and SQLite's data version, looked at every few seconds and whenever the
// window comes to the front, says when someone else (the command line, a
// colleague's copy) has saved a change, so the views can read it in.
class DatabaseWatch : public QObject
{
    Q_OBJECT
public:
    // `window` is watched for coming to the front.
    explicit DatabaseWatch(QObject *window);
    ~DatabaseWatch() override;

    // Watches `workspace` from now on (null: nothing). Returns the warning
    // to show when another copy of the app had it open first or it is on a
    // network drive, or nothing.
    QString watch(Workspace *workspace);
    bool openedElsewhere() const { return m_openedElsewhere; }
    // Looks now (the timer and the window's activation call it).
    void look();

signals:
    void changedElsewhere();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Workspace *m_workspace = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    bool m_openedElsewhere = false;
    QTimer m_timer;
};

} // namespace idesk::ui
