#include "TaskRunner.h"

#include <QPointer>
#include <QThread>

namespace idesk {

TaskRunner::TaskRunner(QObject *parent)
    : QObject(parent)
{}

TaskRunner::~TaskRunner()
{
    abandon();
}

void TaskRunner::abandon()
{
    m_cancel = true;
    if (!m_thread)
        return;
    disconnect(m_thread, nullptr, this, nullptr);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit runningChanged(false);
}

bool TaskRunner::start(Work work, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_cancel = false;
    QPointer<TaskRunner> self(this);
    TaskControl control;
    control.cancel = &m_cancel;
    control.progress = [self](int percent) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, percent] {
                if (self)
                    emit self->progress(percent);
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([work = std::move(work), control] { work(control); });
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit runningChanged(false);
        if (done)
            done();
    });
    m_thread->start();
    emit runningChanged(true);
    return true;
}

void TaskRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace idesk
