#pragma once

#include "util/DateRange.h"

#include <QObject>
#include <QTime>

#include <atomic>

class QThread;

namespace idesk::ui {

class MainWindow;
class SessionsPage;

// What the Sessions section does: plan a term off the GUI thread (with Stop),
// save the plan as one undoable change, cancel a session and offer the
// nearest free slots, move it to one of them.
class SessionActions : public QObject
{
    Q_OBJECT
public:
    SessionActions(MainWindow &window, SessionsPage &page);
    ~SessionActions() override;

    void plan(const DateRange &range);
    void stop();
    bool isPlanning() const { return m_thread != nullptr; }
    void cancelSession(qint64 sessionId);
    void moveSession(qint64 sessionId, QDate day, qint64 periodId, QTime start);

signals:
    void planFinished();

private:
    MainWindow &m_window;
    SessionsPage &m_page;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace idesk::ui
