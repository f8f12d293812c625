#include "MainMenus.h"

#include "style/ThemedIcons.h"

#include "app/BackupActions.h"
#include "app/CalendarActions.h"
#include "app/FileActions.h"
#include "app/MainWindow.h"
#include "app/PeopleActions.h"
#include "models/PairingsModel.h"
#include "models/PeopleModel.h"
#include "pages/CalendarPage.h"
#include "pages/PairingsPage.h"
#include "pages/PeoplePage.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace idesk::ui {

QMenu *MainMenus::build(MainWindow &w)
{
    FileActions *files = w.fileActions();
    QMenuBar *bar = w.menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    QAction *newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                         tr("&New Database…"), files, &FileActions::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                          tr("&Open Database…"), files, &FileActions::openDatabase);
    openAction->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo School"), files, &FileActions::openDemoSchool)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    file->addSeparator();
    QMenu *importMenu = file->addMenu(tr("&Import"));
    importMenu->addAction(tr("&Staff List (CSV or Excel)…"), &w,
                          [&w] { w.peopleActions()->importStaffList(); });
    importMenu->addAction(tr("&Term Dates from iCalendar…"), &w, [&w] {
        w.showSection(MainWindow::Calendar);
        w.calendarActions()->importIcs();
    });
    importMenu->addAction(tr("School &Day from CSV…"), &w, [&w] {
        w.showSection(MainWindow::Calendar);
        w.calendarActions()->importSchoolDay();
    });
    importMenu->addAction(tr("T&imetables (FET, aSc, MIS or CSV)…"), &w, [&w] {
        w.showSection(MainWindow::Calendar);
        w.calendarActions()->importTimetables();
    });
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&Term Dates as iCalendar…"), &w, [&w] {
        w.calendarActions()->exportIcs(w.calendarPage()->academicYear());
    });
    file->addSeparator();
    file->addAction(tr("&Backups…"), &w, [&w] { w.backupActions()->showBackups(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QAction *preferences =
        file->addAction(tr("&Preferences…"), files, &FileActions::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    if (preferences->shortcut().isEmpty())
        preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), &w, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    if (quit->shortcut().isEmpty()) // not every platform theme defines one
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    QAction *undo = w.undoStack()->createUndoAction(&w, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = w.undoStack()->createRedoAction(&w, tr("&Redo"));
    // The platform's Redo keys, and Ctrl+Shift+Z where the platform has
    // another: the same key twice would make the shortcut ambiguous.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);

    PeopleActions *people = w.peopleActions();
    QMenu *peopleMenu = bar->addMenu(tr("Peop&le"));
    QAction *addEctAction = peopleMenu->addAction(tr("Add &ECT…"), people, &PeopleActions::addEct);
    addEctAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *addTraineeAction =
        peopleMenu->addAction(tr("Add &Trainee…"), people, &PeopleActions::addTrainee);
    addTraineeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction *editAction = peopleMenu->addAction(tr("Edit &Person…"), &w, [&w] {
        const QModelIndex index = w.peoplePage()->table()->currentIndex();
        if (index.isValid())
            w.peopleActions()->editPerson(index.data(PeopleModel::PersonIdRole).toLongLong());
    });
    editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    peopleMenu->addSeparator();
    peopleMenu->addAction(tr("Record &Absence…"), people, &PeopleActions::recordAbsence)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    peopleMenu->addAction(tr("&Block Time (Conference, Trip)…"), people, &PeopleActions::blockTime)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction *importStaff = peopleMenu->addAction(tr("&Import Staff List…"), &w,
                                                 [&w] { w.peopleActions()->importStaffList(); });
    importStaff->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QObject::connect(
        w.peoplePage()->table(), &QAbstractItemView::activated, &w, [&w](const QModelIndex &index) {
            w.peopleActions()->editPerson(index.data(PeopleModel::PersonIdRole).toLongLong());
        });

    QMenu *pairings = bar->addMenu(tr("&Pairings"));
    QAction *assign =
        pairings->addAction(ThemedIcons::icon(QStringLiteral("pairings"), w.palette()),
                            tr("&Assign Mentor…"), &w, [&w] { w.peopleActions()->assignMentor(); });
    assign->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction *replace = pairings->addAction(tr("&Replace Mentor…"), &w, [&w] {
        const QModelIndex index = w.pairingsPage()->table()->currentIndex();
        w.peopleActions()->assignMentor(
            index.isValid() ? index.data(PairingsModel::PairingIdRole).toLongLong() : 0);
    });
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

    QMenu *go = bar->addMenu(tr("&Go"));
    // In the order of MainWindow::Section, each with its own Alt letter.
    const QStringList sections{tr("&This Week"), tr("&People"),  tr("P&airings"), tr("&Calendar"),
                               tr("&Sessions"),  tr("&Mentors"), tr("&Reports")};
    for (int i = 0; i < MainWindow::SectionCount; ++i) {
        QAction *a = go->addAction(sections.value(i), &w,
                                   [&w, i] { w.showSection(MainWindow::Section(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    go->addSeparator();
    QAction *find = go->addAction(tr("&Find Person"), &w, [&w] {
        w.showSection(MainWindow::People);
        w.peoplePage()->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *help = bar->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About InductionDesk"), files, &FileActions::showAbout);
    about->setShortcut(QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolbar = w.addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("MainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *a : {newAction, openAction, find})
        toolbar->addAction(a);
    toolbar->addSeparator();
    for (QAction *a : {addEctAction, addTraineeAction, assign, undo, redo})
        toolbar->addAction(a);
    return recent;
}

} // namespace idesk::ui
