#pragma once

#include "util/Result.h"

#include <QDate>
#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QLockFile;
class QListWidget;
class QDialog;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace idesk {
class Database;
}

namespace idesk::ui {

class PairingsModel;
class PeopleModel;
class PeoplePage;
class PairingsPage;
class CalendarPage;
class CalendarActions;
class SessionsPage;
class ThisWeekPage;
class MentorsPage;
class MentorActions;
class ReportsPage;
class SessionActions;
class Settings;

// The tutor's workspace: a sidebar of sections over a stack of pages, the
// File menu for databases, and a status bar naming the open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Section
    {
        ThisWeek,
        People,
        Pairings,
        Calendar,
        Sessions,
        Mentors,
        Reports,
        SectionCount
    };

    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating if new) and shows a database; on failure keeps the one open.
    Status openDatabase(const QString &path);
    Database *database() const { return m_database.get(); }
    void showSection(Section section);
    Section currentSection() const;

    PeopleModel *peopleModel() const { return m_peopleModel; }
    PairingsModel *pairingsModel() const { return m_pairingsModel; }
    PeoplePage *peoplePage() const { return m_peoplePage; }
    PairingsPage *pairingsPage() const { return m_pairingsPage; }
    CalendarPage *calendarPage() const { return m_calendarPage; }
    CalendarActions *calendarActions() const { return m_calendarActions; }
    SessionsPage *sessionsPage() const { return m_sessionsPage; }
    ThisWeekPage *thisWeekPage() const { return m_thisWeekPage; }
    MentorsPage *mentorsPage() const { return m_mentorsPage; }
    ReportsPage *reportsPage() const { return m_reportsPage; }
    void recordAbsence();
    // Times nobody (or one person) may be booked, listed and added.
    void blockTime();
    // "Today" for the This week view; the system date unless a test sets one.
    void setToday(QDate today);
    QDate today() const;
    void openPairing(qint64 pairingId);
    SessionActions *sessionActions() const { return m_sessionActions; }
    QListWidget *sidebar() const { return m_sidebar; }

    static QString demoDatabasePath();
    QUndoStack *undoStack() const { return m_undoStack; }
    // Opens the assign dialog; with `replacing`, set up to replace that pairing.
    void assignMentor(qint64 replacingPairingId = 0);
    void addEct();
    void addTrainee();
    void editPerson(qint64 personId);
    void showPreferences();
    // The staff import wizard, starting at `path` when given.
    void importStaffList(const QString &path = {});
    // True when another copy of InductionDesk had this database open when we opened it.
    bool openedElsewhere() const { return m_openedElsewhere; }
    // Opens dialogs through this hook when set (widget tests drive the dialog).
    void setDialogHook(std::function<void(QDialog *)> hook) { m_dialogHook = std::move(hook); }
    // Reports problems through this hook when set, instead of a message box.
    void setMessageHook(std::function<void(const QString &, const QString &)> hook)
    {
        m_messageHook = std::move(hook);
    }

    // For the sections' actions: one way to show a dialog, report a problem
    // and make an undoable change.
    void showDialog(QDialog *dialog);
    void reportError(const QString &title, const Error &error);
    // Pushes one undoable edit; its redo runs at once.
    void pushEdit(const QString &text, std::function<Status()> redo, std::function<Status()> undo);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createSidebar();
    void rebuildRecentMenu();
    void updateStatus();
    void reloadModels();
    void newDatabase();
    void openDatabaseDialog();
    void openDemoSchool();
    void showAbout();

    Settings &m_settings;
    std::unique_ptr<Database> m_database;
    PeopleModel *m_peopleModel;
    PairingsModel *m_pairingsModel;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    PeoplePage *m_peoplePage = nullptr;
    PairingsPage *m_pairingsPage = nullptr;
    CalendarPage *m_calendarPage = nullptr;
    CalendarActions *m_calendarActions = nullptr;
    SessionsPage *m_sessionsPage = nullptr;
    ThisWeekPage *m_thisWeekPage = nullptr;
    MentorsPage *m_mentorsPage = nullptr;
    MentorActions *m_mentorActions = nullptr;
    ReportsPage *m_reportsPage = nullptr;
    QDate m_today;
    SessionActions *m_sessionActions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_backupLabel = nullptr;
    QUndoStack *m_undoStack;
    std::unique_ptr<QLockFile> m_lock;
    bool m_openedElsewhere = false;
    std::function<void(QDialog *)> m_dialogHook;
    std::function<void(const QString &, const QString &)> m_messageHook;
};

} // namespace idesk::ui
