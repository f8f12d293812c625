#pragma once

#include <QString>
#include <QTime>

namespace idesk::ui {

// What the tutor logs when marking a session held under This week: when it
// really happened and for how long, a developmental note, and for a coaching
// meeting the step agreed and whether the previous one was practised.
struct HeldEntry
{
    qint64 sessionId = 0;
    QTime start;
    int minutes = 0;
    QString note;
    QString actionStep;
    qint64 previousSessionId = 0;
    int practised = -1; // -1 not asked, 0 no, 1 yes
};

} // namespace idesk::ui
