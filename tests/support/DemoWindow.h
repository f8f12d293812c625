#pragma once

#include "app/MainWindow.h"
#include "demo/DemoSchool.h"
#include "pages/CalendarPage.h"
#include "pages/MentorsPage.h"
#include "pages/PairingsPage.h"
#include "pages/PeoplePage.h"
#include "pages/ReportsPage.h"
#include "pages/SessionsPage.h"
#include "pages/ThisWeekPage.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QLocale>

#include <QFile>

#include <memory>

// A main window on a fresh demo school made "on" 23 November 2026, the day
// the widget tests are set in. Problems reported by the window are dropped.
inline std::unique_ptr<idesk::ui::MainWindow> openDemoWindow(idesk::ui::Settings &settings,
                                                             const QString &path)
{
    // Plural forms read as English ("1 flag", "2 flags"), as in the app.
    static const bool translated = [] {
        idesk::installTranslations(*QCoreApplication::instance(),
                                   QLocale(QLocale::English, QLocale::UnitedKingdom));
        return true;
    }();
    Q_UNUSED(translated)
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
    window->finishLoading(); // tests look at every page at once
    return window;
}

// The page of a section, as MainWindow::Section numbers them.
inline QWidget *sectionPage(idesk::ui::MainWindow &w, int section)
{
    const QList<QWidget *> pages{w.thisWeekPage(), w.peoplePage(),   w.pairingsPage(),
                                 w.calendarPage(), w.sessionsPage(), w.mentorsPage(),
                                 w.reportsPage()};
    return pages.at(section);
}
