#pragma once

#include "widgets/StartChecklist.h"

#include <QObject>

namespace idesk::ui {

class MainWindow;

// What each step of the start checklist opens: the same dialogs and pages as
// the menus, so a new tutor learns the app while setting the school up.
class StartActions : public QObject
{
    Q_OBJECT
public:
    explicit StartActions(MainWindow &window);

    void run(StartChecklist::Step step);

private:
    MainWindow &m_window;
};

} // namespace idesk::ui
