#pragma once

#include <QDate>
#include <QDateTime>

#include <memory>

namespace idesk {

// Every "today" in core goes through a Clock so a test can stand in week 7 of
// the autumn term without touching the system time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }

    static const Clock &system();
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {}
    explicit FixedClock(QDate day)
        : m_at(day, QTime(9, 0))
    {}
    QDateTime now() const override { return m_at; }
    void setNow(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

} // namespace idesk
