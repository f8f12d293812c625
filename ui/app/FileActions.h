#pragma once

#include <QObject>

class QMenu;

namespace idesk::ui {

class ActionHost;
class Settings;

// What the File and Help menus do: new, open, recent and demo databases,
// Preferences and About.
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(ActionHost &host, Settings &settings, QObject *parent);

    static QString demoDatabasePath();
    void newDatabase();
    void openDatabase();
    // Opens the demo school, making it (and its sample files) when needed.
    void openDemoSchool();
    void showPreferences();
    void showAbout();
    // Fills the Open Recent menu from the settings.
    void fillRecentMenu(QMenu *menu);

private:
    ActionHost &m_host;
    Settings &m_settings;
};

} // namespace idesk::ui
