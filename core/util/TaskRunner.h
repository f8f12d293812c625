#pragma once

#include "util/TaskControl.h"

#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace idesk {

// Runs one piece of long work at a time off the calling (GUI) thread. The
// work gets a TaskControl to report progress and to see Cancel; progress()
// and the `done` callback arrive on the runner's own thread, so a front end
// never blocks while a file is read, a term planned or a report built.
//
// The work must not touch objects of the calling thread (a worker opens its
// own database connection); results travel through what `work` and `done`
// share, for example a std::shared_ptr.
class TaskRunner : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<void(const TaskControl &)>;

    explicit TaskRunner(QObject *parent = nullptr);
    // Cancels and waits for running work; its `done` is not called.
    ~TaskRunner() override;

    // False (and nothing starts) while other work is running.
    bool start(Work work, std::function<void()> done);
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel.load(); }
    bool isRunning() const { return m_thread != nullptr; }
    // Blocks until the running work is done (tests, shutting down).
    void wait();
    // Cancels, waits and forgets the running work: its `done` is not called,
    // and new work can start at once.
    void abandon();

signals:
    void progress(int percent);
    void runningChanged(bool running);

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace idesk
