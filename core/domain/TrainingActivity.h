#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace idesk {

// One piece of a mentor's training: hours of a kind (initial, refresher, the
// ECT mentor programme) at an event (induction conference, conference,
// online clinic, one-to-one coaching, self-study), attended or not.
struct TrainingActivity
{
    qint64 id = 0;
    qint64 mentorId = 0;
    QDate day;
    QString kind;  // "initial", "refresher", "ect-mentor-programme"
    QString event; // "induction-conference", "conference", "clinic", "coaching", "self-study"
    double hours = 0;
    bool attended = true;
    QString note;

    static QStringList kinds()
    {
        return {QStringLiteral("initial"), QStringLiteral("refresher"),
                QStringLiteral("ect-mentor-programme")};
    }
    static QStringList events()
    {
        return {QStringLiteral("induction-conference"), QStringLiteral("conference"),
                QStringLiteral("clinic"), QStringLiteral("coaching"), QStringLiteral("self-study")};
    }
};

} // namespace idesk
