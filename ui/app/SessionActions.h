#pragma once

#include "util/DateRange.h"

#include <QObject>
#include <QTime>

namespace idesk {
class TaskRunner;
}

namespace idesk::ui {

class ActionHost;
class SessionsPage;
class ThisWeekPage;
struct HeldEntry;

// What the Sessions section and This week do with sessions: plan a term off
// the GUI thread (with Stop) and save it as one undoable change, cancel a
// session (asking why) and offer the nearest free slots still to come, move
// it to one, mark it held, missed or not held after all.
// Every rule is core's (SessionUseCases); this only asks and shows.
class SessionActions : public QObject
{
    Q_OBJECT
public:
    SessionActions(ActionHost &host, SessionsPage &sessions, ThisWeekPage &thisWeek,
                   QObject *parent);
    ~SessionActions() override;

    void plan(const DateRange &range);
    void stop();
    bool isPlanning() const;
    // Blocks until planning is done (tests).
    void waitForPlanning();
    // Asks for a reason and confirmation, then offers the nearest free slots.
    void cancelSession(qint64 sessionId);
    void showOffers(qint64 sessionId);
    void markMissed(qint64 sessionId);
    void markNotHeld(qint64 sessionId);
    void moveSession(qint64 sessionId, QDate day, qint64 periodId, QTime start);
    void markHeld(const HeldEntry &entry);

signals:
    void planFinished();

private:
    ActionHost &m_host;
    SessionsPage &m_page;
    TaskRunner *m_runner;
};

} // namespace idesk::ui
