#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace idesk {

// A time nobody (personId 0) or one person can be booked: provider
// conferences, clinics, training days.
struct BlockedTime
{
    qint64 id = 0;
    qint64 personId = 0;
    QDate day;
    QTime start;
    QTime end;
    QString reason;
};

} // namespace idesk
