#include "BackgroundRead.h"

#include <QCoreApplication>

namespace idesk::ui {

BackgroundRead::BackgroundRead(QObject *parent)
    : QObject(parent)
    , m_runner(new TaskRunner(this))
{}

void BackgroundRead::run(TaskRunner::Work work, std::function<void()> deliver)
{
    if (m_runner->isRunning()) {
        m_next = [this, work = std::move(work), deliver = std::move(deliver)]() mutable {
            run(std::move(work), std::move(deliver));
        };
        return;
    }
    m_runner->start(std::move(work), [this, deliver] { finished(deliver); });
    if (!m_reading) {
        m_reading = true;
        emit readingChanged(true);
    }
}

void BackgroundRead::finished(const std::function<void()> &deliver)
{
    deliver();
    if (m_next) {
        std::exchange(m_next, nullptr)();
        return;
    }
    m_reading = false;
    emit readingChanged(false);
}

void BackgroundRead::waitUntilShown()
{
    while (m_reading) {
        m_runner->wait();
        QCoreApplication::sendPostedEvents(m_runner);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
}

} // namespace idesk::ui
