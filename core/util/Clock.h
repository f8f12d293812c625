#pragma once

#include <QDate>
#include <QDateTime>

#include <memory>

#include "util/Result.h"

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
    // The clock both front ends run on: the system's, unless the environment
    // variable INDUCTIONDESK_TODAY fixes the day (scripts, screenshots and
    // tests are then reproducible). A value that is not a date is an error.
    static Result<std::shared_ptr<const Clock>> fromEnvironment();
};

// A clock that follows another until it is given a different one: the one a
// window hands its workspace, so a test can set one day for every view.
class SettableClock final : public Clock
{
public:
    explicit SettableClock(std::shared_ptr<const Clock> base)
        : m_base(std::move(base))
    {}
    QDateTime now() const override { return m_base->now(); }
    void set(std::shared_ptr<const Clock> base) { m_base = std::move(base); }

private:
    std::shared_ptr<const Clock> m_base;
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
