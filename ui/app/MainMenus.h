#pragma once

#include <QCoreApplication>

class QMenu;

namespace idesk::ui {

class MainWindow;

// The window's menus, shortcuts and toolbar, each item calling a section's
// actions. Alt letters are unique within each menu.
class MainMenus
{
    Q_DECLARE_TR_FUNCTIONS(MainMenus)
public:
    // Builds them on `window`; returns the Open Recent menu to be filled.
    static QMenu *build(MainWindow &window);
};

} // namespace idesk::ui
