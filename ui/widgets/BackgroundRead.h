#pragma once

#include "application/Workspace.h"
#include "util/Clock.h"
#include "util/TaskRunner.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace idesk::ui {

// Reads what a page shows on a worker thread, so that a trust's database
// never holds up the window, and hands it to the page on the GUI thread.
// The worker opens a connection of its own and sees the day the workspace
// saw when the read was asked for. A read asked for while another runs
// waits for it; only the newest read is shown, so a burst of changes costs
// one read after the one running, not one each.
class BackgroundRead : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundRead(QObject *parent = nullptr);

    template<class Data>
    void start(const Workspace &workspace, std::function<Data(Workspace &)> read,
               std::function<void(Data &)> show, std::function<void(const QString &)> failed);

    bool isReading() const { return m_reading; }
    // Nothing asked for so far is shown: the page has moved on (another
    // database, or none) and shows what it has now.
    void forget()
    {
        ++m_latest;
        m_next = nullptr;
    }
    // Blocks until every read asked for is shown (tests, benchmarks).
    void waitUntilShown();

signals:
    void readingChanged(bool reading);

private:
    void run(TaskRunner::Work work, std::function<void()> deliver);
    void finished(const std::function<void()> &deliver);

    TaskRunner *m_runner;
    std::function<void()> m_next; // the newest read asked for while one ran
    quint64 m_latest = 0;
    bool m_reading = false;
};

template<class Data>
void BackgroundRead::start(const Workspace &workspace, std::function<Data(Workspace &)> read,
                           std::function<void(Data &)> show,
                           std::function<void(const QString &)> failed)
{
    const quint64 id = ++m_latest;
    auto result = std::make_shared<std::optional<Data>>();
    auto error = std::make_shared<QString>();
    run(
        [open = workspace.workerOpener(), clock = std::make_shared<FixedClock>(workspace.today()),
         read, result, error](const TaskControl &) {
            auto worker = open(*clock);
            if (!worker)
                *error = worker.error().message;
            else
                *result = read(**worker);
        },
        [this, id, show, failed, result, error] {
            if (id != m_latest)
                return; // a newer read is on its way
            if (result->has_value())
                show(**result);
            else if (failed)
                failed(*error);
        });
}

} // namespace idesk::ui
