#pragma once

#include "util/Result.h"

#include <QObject>

#include <functional>

namespace idesk::ui {

class MainWindow;
class MentorsPage;

// What the Mentors section does, each as one undoable change: rate an item
// of the standards, record training, record or change a coaching action step
// and whether it was practised, start or stop a lead mentor's oversight.
class MentorActions : public QObject
{
    Q_OBJECT
public:
    MentorActions(MainWindow &window, MentorsPage &page);

private:
    void changeSession(qint64 sessionId, const QString &text,
                       const std::function<Status()> &change);

    MainWindow &m_window;
    MentorsPage &m_page;
};

} // namespace idesk::ui
