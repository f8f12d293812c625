#pragma once

#include "app/ActionHost.h"
#include "application/Topics.h"
#include "pages/MentorsPage.h"
#include "pages/PairingsPage.h"
#include "pages/PeoplePage.h"
#include "pages/ReportsPage.h"
#include "pages/SessionsPage.h"
#include "pages/ThisWeekPage.h"
#include "util/Clock.h"
#include "widgets/BackgroundRead.h"

#include <QDate>
#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace idesk::ui {

class BackupActions;
class CalendarActions;
class DatabaseWatch;
class CalendarPage;
class FileActions;
class MentorActions;
class MentorsPage;
class PairingsModel;
class PairingsPage;
class PeopleActions;
class PeopleModel;
class PeoplePage;
class ReportsPage;
class SessionActions;
class SessionsPage;
class Settings;
class ThisWeekPage;

// The tutor's workspace: a sidebar of sections over a stack of pages, the
// menus, and a status bar naming the open database. It only wires sections
// together: the actions do what the menus ask, through core's use cases;
// after each change only the sections that show what changed read again.
class MainWindow : public QMainWindow, public ActionHost
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

    // `clock` says what today is (Clock::fromEnvironment() in the app).
    explicit MainWindow(Settings &settings, std::shared_ptr<const Clock> clock = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // ActionHost
    Workspace *workspace() const override { return m_workspace.get(); }
    QWidget *dialogParent() override { return this; }
    void showDialog(QDialog *dialog) override;
    void reportError(const QString &title, const Error &error) override;
    bool push(const QString &title, const Result<ChangePtr> &change) override;
    void showMessage(const QString &text, int milliseconds) override;
    // Opens (creating if new) and shows a database; on failure keeps the one open.
    Status openDatabase(const QString &path) override;
    Status closeWhile(const std::function<Status(const QString &)> &work) override;
    FileChooser &files() override { return *m_files; }

    void showSection(Section section);
    Section currentSection() const;
    void openPairing(qint64 pairingId);
    // Every view as of another day (tests and screenshots); the clock given
    // to the window otherwise.
    void setToday(QDate today);
    QDate today() const { return m_clock.today(); }

    PeopleModel *peopleModel() const { return m_peopleModel; }
    PairingsModel *pairingsModel() const { return m_pairingsModel; }
    PeoplePage *peoplePage() const { return m_peoplePage; }
    PairingsPage *pairingsPage() const { return m_pairingsPage; }
    CalendarPage *calendarPage() const { return m_calendarPage; }
    SessionsPage *sessionsPage() const { return m_sessionsPage; }
    ThisWeekPage *thisWeekPage() const { return m_thisWeekPage; }
    MentorsPage *mentorsPage() const { return m_mentorsPage; }
    ReportsPage *reportsPage() const { return m_reportsPage; }
    CalendarActions *calendarActions() const { return m_calendarActions; }
    SessionActions *sessionActions() const { return m_sessionActions; }
    PeopleActions *peopleActions() const { return m_peopleActions; }
    FileActions *fileActions() const { return m_fileActions; }
    BackupActions *backupActions() const { return m_backupActions; }
    QListWidget *sidebar() const { return m_sidebar; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // True when another copy of InductionDesk had this database open when we opened it.
    bool openedElsewhere() const;
    DatabaseWatch *databaseWatch() const { return m_watch; }
    // Opens dialogs through this hook when set (widget tests drive the dialog).
    void setDialogHook(std::function<void(QDialog *)> hook) { m_dialogHook = std::move(hook); }
    // Reports problems through this hook when set, instead of a message box.
    void setMessageHook(std::function<void(const QString &, const QString &)> hook)
    {
        m_messageHook = std::move(hook);
    }
    // Moves every view to the new day when the clock has passed midnight
    // (a timer asks each minute).
    void followTheClock();
    // How many times each section has been read since the window opened
    // (tests check that an edit refreshes only what it changed).
    int reloadCount(Section section) const { return m_reloads[section]; }
    // Reads now every section not read yet (they otherwise fill in one by
    // one when the window is idle, so a big database opens at once), and
    // waits for the reads running on workers to be shown.
    void finishLoading()
    {
        for (int s = 0; s < SectionCount; ++s)
            if (m_stale & (1 << s))
                reloadSection(Section(s));
        for (int s = 0; s < SectionCount; ++s)
            if (BackgroundRead *read = backgroundReadOf(Section(s)))
                read->waitUntilShown();
    }
    // Where a section is read on a worker (null: it is read at once).
    BackgroundRead *backgroundReadOf(Section section) const
    {
        switch (section) {
        case ThisWeek:
            return m_thisWeekPage->backgroundRead();
        case People:
            return m_peoplePage->backgroundRead();
        case Pairings:
            return m_pairingsPage->backgroundRead();
        case Sessions:
            return m_sessionsPage->backgroundRead();
        case Mentors:
            return m_mentorsPage->backgroundRead();
        case Reports:
            return m_reportsPage->backgroundRead();
        case Calendar:
        case SectionCount:
            break;
        }
        return nullptr;
    }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createSections();
    void createActions();
    void topicsChanged(Topics topics);
    void refreshAll();
    void reloadSection(Section section);
    // One section at a time, each in its own turn of the event loop.
    void readNextStale()
    {
        // Not while This week is read on a worker: it comes first.
        if (m_thisWeekPage->backgroundRead()->isReading())
            return; // its end calls again
        for (int s = 0; s < SectionCount; ++s) {
            if (m_stale & (1 << s)) {
                reloadSection(Section(s));
                QTimer::singleShot(0, this, &MainWindow::readNextStale);
                return;
            }
        }
    }
    void updateStatus();

    Settings &m_settings;
    std::unique_ptr<FileChooser> m_files;
    SettableClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
    PeopleModel *m_peopleModel;
    PairingsModel *m_pairingsModel;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    PeoplePage *m_peoplePage = nullptr;
    PairingsPage *m_pairingsPage = nullptr;
    CalendarPage *m_calendarPage = nullptr;
    SessionsPage *m_sessionsPage = nullptr;
    ThisWeekPage *m_thisWeekPage = nullptr;
    MentorsPage *m_mentorsPage = nullptr;
    ReportsPage *m_reportsPage = nullptr;
    CalendarActions *m_calendarActions = nullptr;
    SessionActions *m_sessionActions = nullptr;
    MentorActions *m_mentorActions = nullptr;
    PeopleActions *m_peopleActions = nullptr;
    FileActions *m_fileActions = nullptr;
    BackupActions *m_backupActions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_backupLabel = nullptr;
    QUndoStack *m_undoStack;
    QTimer *m_dayTimer;
    QDate m_shownDay;
    int m_stale = 0; // sections to read again when shown, one bit each
    int m_reloads[SectionCount] = {};
    bool m_pushFailed = false;
    DatabaseWatch *m_watch = nullptr;
    std::function<void(QDialog *)> m_dialogHook;
    std::function<void(const QString &, const QString &)> m_messageHook;
};

} // namespace idesk::ui
