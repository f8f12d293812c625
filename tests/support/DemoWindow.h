#pragma once

#include "app/MainWindow.h"
#include "demo/DemoSchool.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QFile>

#include <memory>

// A main window on a fresh demo school made "on" 23 November 2026, the day
// the widget tests are set in. Problems reported by the window are dropped.
inline std::unique_ptr<idesk::ui::MainWindow> openDemoWindow(idesk::ui::Settings &settings,
                                                             const QString &path)
{
    QFile::remove(path);
    {
        auto db = idesk::Database::openSqlite(path);
        if (!db || !idesk::DemoSchool::populate(**db, idesk::FixedClock(QDate(2026, 11, 23))))
            qFatal("the demo school could not be made in %s", qPrintable(path));
    }
    auto window = std::make_unique<idesk::ui::MainWindow>(settings);
    if (!window->openDatabase(path))
        qFatal("%s could not be opened", qPrintable(path));
    window->setMessageHook([](const QString &, const QString &) {});
    window->setToday(QDate(2026, 11, 23));
    return window;
}
