#include "MainWindow.h"

#include "app/BackupActions.h"
#include "app/CalendarActions.h"
#include "app/DatabaseWatch.h"
#include "app/FileActions.h"
#include "app/MainMenus.h"
#include "app/MentorActions.h"
#include "app/PeopleActions.h"
#include "app/SessionActions.h"
#include "app/StartActions.h"
#include "application/DemoUseCases.h"
#include "application/SchoolUseCases.h"
#include "application/Workspace.h"
#include "commands/ChangeCommand.h"
#include "models/PairingsModel.h"
#include "models/PeopleModel.h"
#include "pages/CalendarPage.h"
#include "pages/MentorsPage.h"
#include "pages/PairingsPage.h"
#include "pages/PeoplePage.h"
#include "pages/ReportsPage.h"
#include "settings/FileChooser.h"
#include "settings/Settings.h"
#include "style/ThemedIcons.h"

#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace idesk::ui {

namespace {
// What each section shows: it reads again only after a change to one of these.
Topics topicsOf(MainWindow::Section section)
{
    switch (section) {
    case MainWindow::People:
        return Topic::People;
    case MainWindow::Pairings:
        return Topic::People | Topic::Pairings;
    case MainWindow::Calendar:
        return Topic::Calendar | Topic::Timetables | Topic::People;
    case MainWindow::Sessions:
        return Topic::Sessions | Topic::Pairings | Topic::People | Topic::Calendar | Topic::School;
    case MainWindow::Mentors:
        return Topic::Mentors | Topic::People | Topic::Pairings | Topic::Sessions | Topic::School;
    case MainWindow::Reports:
        return Topic::People | Topic::Pairings | Topic::Calendar;
    case MainWindow::ThisWeek:
    case MainWindow::SectionCount:
        break;
    }
    return allTopics(); // the flags read everything
}
} // namespace

MainWindow::MainWindow(Settings &settings, std::shared_ptr<const Clock> clock, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_files(std::make_unique<FileChooser>(settings))
    , m_clock(clock ? std::move(clock)
                    : std::shared_ptr<const Clock>(&Clock::system(), [](const Clock *) {}))
    , m_peopleModel(new PeopleModel(this))
    , m_pairingsModel(new PairingsModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_dayTimer(new QTimer(this))
{
    setWindowTitle(tr("InductionDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/inductiondesk.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    createSections();
    createActions();
    m_watch = new DatabaseWatch(this);
    connect(m_watch, &DatabaseWatch::changedElsewhere, this, [this] {
        refreshAll();
        showMessage(tr("Changes saved elsewhere (the command line or another copy) were read in"),
                    8000);
    });

    m_databaseLabel = new QLabel(this);
    m_backupLabel = new QLabel(this);
    // A long path gives way; the backup time on the right stays whole.
    m_databaseLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_backupLabel);

    resize(1100, 700);
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1100, 700);
    restoreState(m_settings.windowState());
    updateStatus();

    // A window left open overnight moves to the new day.
    m_shownDay = today();
    m_dayTimer->setInterval(60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this, &MainWindow::followTheClock);
    m_dayTimer->start();
}

MainWindow::~MainWindow()
{
    // The stack's commands refer to the workspace: they go first.
    m_undoStack->clear();
    m_watch->watch(nullptr);
}

void MainWindow::createSections()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_stack = new QStackedWidget(this);

    m_peoplePage = new PeoplePage(m_peopleModel, this);
    m_pairingsPage = new PairingsPage(m_pairingsModel, this);
    m_calendarPage = new CalendarPage(this);
    m_sessionsPage = new SessionsPage(this);
    m_thisWeekPage = new ThisWeekPage(this);
    m_mentorsPage = new MentorsPage(m_settings, this);
    m_reportsPage = new ReportsPage(m_settings, this);
    m_calendarActions = new CalendarActions(*this, *m_calendarPage, this);
    m_sessionActions = new SessionActions(*this, *m_sessionsPage, *m_thisWeekPage, this);
    m_mentorActions = new MentorActions(*this, *m_mentorsPage, this);
    m_peopleActions = new PeopleActions(*this, this);
    m_fileActions = new FileActions(*this, m_settings, this);
    m_backupActions = new BackupActions(*this, this);
    connect(m_backupActions, &BackupActions::backupsChanged, this, &MainWindow::updateStatus);
    connect(m_thisWeekPage, &ThisWeekPage::openPairingRequested, this, &MainWindow::openPairing);
    connect(m_thisWeekPage, &ThisWeekPage::flagCountChanged, this, [this](int n) {
        m_sidebar->item(ThisWeek)->setText(n ? tr("This week (%1)").arg(n) : tr("This week"));
        QTimer::singleShot(0, this, &MainWindow::readNextStale);
    });
    connect(m_thisWeekPage->checklist(), &StartChecklist::stepRequested, new StartActions(*this),
            &StartActions::run);
    connect(m_peopleActions, &PeopleActions::staffImported, this, [this] { showSection(People); });

    struct Entry
    {
        QString title;
        const char *icon;
        QWidget *page;
    };
    const QList<Entry> entries{
        {tr("This week"), "week", m_thisWeekPage},    {tr("People"), "people", m_peoplePage},
        {tr("Pairings"), "pairings", m_pairingsPage}, {tr("Calendar"), "calendar", m_calendarPage},
        {tr("Sessions"), "sessions", m_sessionsPage}, {tr("Mentors"), "training", m_mentorsPage},
        {tr("Reports"), "reports", m_reportsPage},
    };
    int widest = 0;
    QStringList icons;
    for (const auto &e : entries) {
        auto *item = new QListWidgetItem(e.title, m_sidebar);
        icons.append(QLatin1String(e.icon));
        item->setSizeHint(QSize(0, 34));
        m_stack->addWidget(e.page);
        widest = std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(e.title));
    }
    ThemedIcons::follow(m_sidebar, icons);
    // Room for the flag count beside "This week".
    widest =
        std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(tr("This week (%1)").arg(999)));
    m_sidebar->setFixedWidth(widest + m_sidebar->iconSize().width() + 40);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        if (row >= 0 && (m_stale & (1 << row)))
            reloadSection(Section(row));
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *rule = new QFrame(central);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(m_sidebar);
    layout->addWidget(rule);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_sidebar->setCurrentRow(ThisWeek); // the tutor's home, and a new school's checklist
}

void MainWindow::createActions()
{
    m_recentMenu = MainMenus::build(*this);
    m_fileActions->fillRecentMenu(m_recentMenu);
}

Status MainWindow::openDatabase(const QString &path)
{
    auto opened = Workspace::open(path, m_clock);
    if (!opened)
        return opened.error();
    m_undoStack->clear(); // its commands belong to the workspace being closed
    m_workspace = std::move(opened).value();
    connect(m_workspace.get(), &Workspace::changed, this, &MainWindow::topicsChanged);

    if (const QString elsewhere = m_watch->watch(m_workspace.get()); !elsewhere.isEmpty())
        reportError(tr("Shared database"), Error::refused(elsewhere));
    m_backupActions->offerRestoreOfDamaged();
    m_backupActions->backUpDailyInBackground();
    m_files->setSamplesFolder(DemoUseCases::samplesFolderFor(m_workspace->path()));
    m_settings.addRecentDatabase(m_workspace->path());
    m_settings.setLastDatabase(m_workspace->path());
    m_fileActions->fillRecentMenu(m_recentMenu);
    refreshAll();
    return Status::success();
}

Status MainWindow::closeWhile(const std::function<Status(const QString &)> &work)
{
    if (!m_workspace)
        return Error::invalid(tr("No database is open"));
    const QString path = m_workspace->path();
    m_undoStack->clear();
    m_watch->watch(nullptr); // lets go of the lock
    m_workspace.reset();
    const Status done = work(path);
    const Status reopened = openDatabase(path);
    if (!reopened)
        refreshAll(); // every view lets go of the closed database
    return done ? reopened : done;
}

void MainWindow::topicsChanged(Topics topics)
{
    for (int s = 0; s < SectionCount; ++s) {
        if (topicsOf(Section(s)) & topics)
            m_stale |= 1 << s;
    }
    // The section in view reads again now; This week too, for the flag count
    // in the sidebar; the others when they are next shown.
    const int current = m_sidebar->currentRow();
    for (int s : {current, int(ThisWeek)}) {
        if (s >= 0 && (m_stale & (1 << s)))
            reloadSection(Section(s));
    }
    if (topics & Topic::School)
        updateStatus();
}

void MainWindow::refreshAll() // what is in view and This week now, the rest when idle
{
    m_stale = (1 << SectionCount) - 1;
    m_shownDay = today();
    for (int s : {m_sidebar->currentRow(), int(ThisWeek)})
        if (s >= 0 && (m_stale & (1 << s)))
            reloadSection(Section(s));
    updateStatus();
    QTimer::singleShot(0, this, &MainWindow::readNextStale);
}

void MainWindow::reloadSection(Section section)
{
    m_stale &= ~(1 << section);
    ++m_reloads[section];
    Workspace *ws = m_workspace.get();
    switch (section) {
    case People:
        m_peoplePage->reloadInBackground(ws);
        break;
    case Pairings:
        m_pairingsPage->reloadInBackground(ws);
        break;
    case Calendar:
        m_calendarPage->reload(ws);
        break;
    case Sessions:
        m_sessionsPage->reloadInBackground(ws);
        break;
    case Mentors:
        m_mentorsPage->reloadInBackground(ws);
        break;
    case Reports:
        m_reportsPage->reloadInBackground(ws);
        break;
    case ThisWeek:
        m_thisWeekPage->reloadInBackground(ws);
        break;
    case SectionCount:
        break;
    }
}

void MainWindow::followTheClock()
{
    if (m_workspace && today() != m_shownDay)
        refreshAll();
}

void MainWindow::setToday(QDate day)
{
    m_clock.set(std::make_shared<FixedClock>(day));
    refreshAll();
}

void MainWindow::updateStatus()
{
    if (!m_workspace) {
        setWindowTitle(tr("InductionDesk"));
        m_databaseLabel->setText(tr("No database open"));
        m_backupLabel->clear();
        return;
    }
    setWindowTitle(tr("%1 — InductionDesk").arg(SchoolUseCases(*m_workspace).displayName()));
    setWindowFilePath(m_workspace->path());
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_workspace->path())));
    m_backupActions->showLastBackup(m_backupLabel);
}

void MainWindow::openPairing(qint64 pairingId)
{
    showSection(Pairings);
    QAbstractItemModel *model = m_pairingsPage->table()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(PairingsModel::PairingIdRole).toLongLong() == pairingId) {
            m_pairingsPage->table()->selectRow(r);
            return;
        }
    }
}

void MainWindow::showDialog(QDialog *dialog)
{
    if (m_dialogHook)
        m_dialogHook(dialog);
    else
        dialog->open();
}

bool MainWindow::push(const QString &title, const Result<ChangePtr> &change)
{
    if (!change || !*change) {
        reportError(title, change ? Error::invalid(tr("Nothing to change")) : change.error());
        // A view may show what was typed (a cell, a field): show what is stored.
        reloadSection(currentSection());
        return false;
    }
    m_pushFailed = false;
    m_undoStack->push(new ChangeCommand(*m_workspace, *change, [this](const QString &message) {
        m_pushFailed = true;
        // Reported once the stack is done with the command.
        QTimer::singleShot(0, this, [this, message] {
            reportError(tr("Not saved"), Error::refused(message));
            refreshAll();
        });
    }));
    return !m_pushFailed;
}

void MainWindow::showMessage(const QString &text, int milliseconds)
{
    statusBar()->showMessage(text, milliseconds);
}

void MainWindow::reportError(const QString &title, const Error &error)
{
    if (m_messageHook)
        m_messageHook(title, error.message);
    else
        QMessageBox::warning(this, title, error.message);
}

bool MainWindow::openedElsewhere() const
{
    return m_watch->openedElsewhere();
}

void MainWindow::showSection(Section section)
{
    m_sidebar->setCurrentRow(section);
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(m_sidebar->currentRow());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    event->accept();
}

} // namespace idesk::ui
