#pragma once

#include <QObject>

namespace idesk::ui {

class ActionHost;
class MentorsPage;

// What the Mentors section does, each as one undoable change: rate an item
// of the standards, record training, record or change a coaching action step
// and whether it was practised, start or stop a lead mentor's oversight.
class MentorActions : public QObject
{
    Q_OBJECT
public:
    MentorActions(ActionHost &host, MentorsPage &page, QObject *parent);

private:
    ActionHost &m_host;
};

} // namespace idesk::ui
