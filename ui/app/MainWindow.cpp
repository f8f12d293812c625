#include "MainWindow.h"

#include "MentorActions.h"
#include "Settings.h"
#include "app/CalendarActions.h"
#include "app/SessionActions.h"
#include "commands/DatabaseCommand.h"
#include "commands/PersonEdits.h"
#include "demo/DemoSamples.h"
#include "demo/DemoSchool.h"
#include "dialogs/AbsenceDialog.h"
#include "dialogs/AddEctDialog.h"
#include "dialogs/AddTraineeDialog.h"
#include "dialogs/AssignMentorDialog.h"
#include "dialogs/BlockedTimeDialog.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/StaffImportWizard.h"
#include "models/PairingsModel.h"
#include "models/PeopleModel.h"
#include "pages/CalendarPage.h"
#include "pages/MentorsPage.h"
#include "pages/PairingsPage.h"
#include "pages/PeoplePage.h"
#include "pages/ReportsPage.h"
#include "pages/SessionsPage.h"
#include "pages/ThisWeekPage.h"
#include "services/AssignmentService.h"
#include "services/StaffImportService.h"
#include "storage/AssignmentRepository.h"
#include "storage/AvailabilityRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/SessionRepository.h"
#include "util/Dates.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <memory>

namespace idesk::ui {

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_peopleModel(new PeopleModel(this))
    , m_pairingsModel(new PairingsModel(this))
    , m_undoStack(new QUndoStack(this))
{
    setWindowTitle(tr("InductionDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/inductiondesk.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    createSidebar();
    createActions();

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
}

MainWindow::~MainWindow()
{
    // The stack outlives m_database (it is a QObject child); its teardown must
    // not reload models from a database that is already closed.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

QString MainWindow::demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-school.") + Database::fileSuffix());
}

void MainWindow::createSidebar()
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
    m_calendarActions = new CalendarActions(*this, *m_calendarPage);
    m_sessionsPage = new SessionsPage(this);
    m_thisWeekPage = new ThisWeekPage(this);
    m_mentorsPage = new MentorsPage(m_settings, this);
    m_mentorActions = new MentorActions(*this, *m_mentorsPage);
    m_reportsPage = new ReportsPage(m_settings, this);
    connect(m_thisWeekPage, &ThisWeekPage::openPairingRequested, this, &MainWindow::openPairing);
    connect(m_thisWeekPage, &ThisWeekPage::markHeldRequested, this, [this](const HeldEntry &entry) {
        Database *db = m_database.get();
        auto session = db ? SessionRepository(*db).byId(entry.sessionId)
                          : Result<MentoringSession>(Error::notFound({}));
        if (!session)
            return;
        MentoringSession held = *session;
        held.status = SessionStatus::Held;
        if (entry.start.isValid())
            held.start = entry.start;
        if (entry.minutes > 0)
            held.minutes = entry.minutes;
        if (!entry.note.isEmpty())
            held.note = entry.note;
        if (!entry.actionStep.isEmpty())
            held.actionStep = entry.actionStep;
        // The previous step's answer is part of the same change.
        std::optional<MentoringSession> previous, answered;
        if (entry.previousSessionId > 0 && entry.practised >= 0) {
            auto p = SessionRepository(*db).byId(entry.previousSessionId);
            if (p) {
                previous = *p;
                answered = *p;
                answered->actionPractised = entry.practised == 1;
            }
        }
        pushEdit(
            tr("Session held on %1").arg(held.day.toString(QStringLiteral("dd/MM/yyyy"))),
            [db, held, answered]() -> Status {
                return db->write([&]() -> Status {
                    if (answered) {
                        if (auto s = SessionRepository(*db).update(*answered); !s)
                            return s;
                    }
                    return SessionRepository(*db).update(held);
                });
            },
            [db, was = *session, previous]() -> Status {
                return db->write([&]() -> Status {
                    if (previous) {
                        if (auto s = SessionRepository(*db).update(*previous); !s)
                            return s;
                    }
                    return SessionRepository(*db).update(was);
                });
            });
    });
    m_sessionActions = new SessionActions(*this, *m_sessionsPage);
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
    for (const auto &e : entries) {
        auto *item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(e.icon))), e.title, m_sidebar);
        item->setSizeHint(QSize(0, 34));
        m_stack->addWidget(e.page);
    }
    int widest = 0;
    for (const auto &e : entries)
        widest = std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(e.title));
    // Room for the flag count beside "This week".
    widest =
        std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(tr("This week (%1)").arg(999)));
    m_sidebar->setFixedWidth(widest + m_sidebar->iconSize().width() + 40);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

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
    m_sidebar->setCurrentRow(People);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                         tr("&New Database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Database…"),
                        this, &MainWindow::openDatabaseDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo School"), this, &MainWindow::openDemoSchool)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    file->addSeparator();
    QMenu *importMenu = file->addMenu(tr("&Import"));
    importMenu->addAction(tr("&Staff List (CSV or Excel)…"), this, [this] { importStaffList(); });
    importMenu->addAction(tr("&Term Dates from iCalendar…"), this, [this] {
        showSection(Calendar);
        m_calendarActions->importIcs();
    });
    importMenu->addAction(tr("School &Day from CSV…"), this, [this] {
        showSection(Calendar);
        m_calendarActions->importSchoolDay();
    });
    importMenu->addAction(tr("T&imetables from CSV…"), this, [this] {
        showSection(Calendar);
        m_calendarActions->importTimetables();
    });
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&Term Dates as iCalendar…"), this,
                          [this] { m_calendarActions->exportIcs(m_calendarPage->academicYear()); });
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    if (preferences->shortcut().isEmpty())
        preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    if (quit->shortcut().isEmpty()) // not every platform theme defines one
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        reloadModels();
        updateStatus();
    });

    QMenu *people = menuBar()->addMenu(tr("P&eople"));
    QAction *addEctAction = people->addAction(tr("Add &ECT…"), this, &MainWindow::addEct);
    addEctAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *addTraineeAction =
        people->addAction(tr("Add &Trainee…"), this, &MainWindow::addTrainee);
    addTraineeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction *editAction = people->addAction(tr("&Edit Person…"), this, [this] {
        const QModelIndex index = m_peoplePage->table()->currentIndex();
        if (index.isValid())
            editPerson(index.data(PeopleModel::PersonIdRole).toLongLong());
    });
    editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    people->addSeparator();
    people->addAction(tr("Record &Absence…"), this, &MainWindow::recordAbsence)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    people->addAction(tr("&Block Time (Conference, Trip)…"), this, &MainWindow::blockTime)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction *importStaff =
        people->addAction(tr("&Import Staff List…"), this, [this] { importStaffList(); });
    importStaff->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_peoplePage->table(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                editPerson(index.data(PeopleModel::PersonIdRole).toLongLong());
            });

    QMenu *pairings = menuBar()->addMenu(tr("&Pairings"));
    QAction *assign = pairings->addAction(QIcon(QStringLiteral(":/icons/pairings.svg")),
                                          tr("&Assign Mentor…"), this, [this] { assignMentor(); });
    assign->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction *replace = pairings->addAction(tr("&Replace Mentor…"), this, [this] {
        const QModelIndex index = m_pairingsPage->table()->currentIndex();
        assignMentor(index.isValid() ? index.data(PairingsModel::PairingIdRole).toLongLong() : 0);
    });
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < SectionCount; ++i) {
        QAction *a =
            go->addAction(m_sidebar->item(i)->text(), this, [this, i] { showSection(Section(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    go->addSeparator();
    QAction *find = go->addAction(tr("&Find Person"), this, [this] {
        showSection(People);
        m_peoplePage->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About InductionDesk"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("MainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    toolbar->addAction(find);
    toolbar->addSeparator();
    toolbar->addAction(addEctAction);
    toolbar->addAction(addTraineeAction);
    toolbar->addAction(assign);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
            [this, path] {
                if (!QFileInfo::exists(path)) {
                    QMessageBox::warning(this, tr("Open Recent"),
                                         tr("%1 no longer exists; it has been taken off the "
                                            "list.")
                                             .arg(QDir::toNativeSeparators(path)));
                    m_settings.removeRecentDatabase(path);
                    rebuildRecentMenu();
                    return;
                }
                if (auto s = openDatabase(path); !s)
                    reportError(tr("Open Recent"), s.error());
            });
        a->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

Status MainWindow::openDatabase(const QString &path)
{
    auto opened = Database::openSqlite(path);
    if (!opened)
        return opened.error();
    m_undoStack->clear(); // its commands belong to the database being closed
    m_database = std::move(opened).value();

    // A lock beside the database tells a second copy of the app that this one
    // has it open. SQLite keeps both consistent; the warning is so that two
    // people do not edit the same records without knowing.
    m_lock = std::make_unique<QLockFile>(m_database->path() + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    m_openedElsewhere = false;
    if (!m_lock->tryLock(0) && m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_openedElsewhere = true;
        reportError(
            tr("Already open"),
            Error::refused(tr("%1 is already open in another copy of InductionDesk (process %2 on "
                              "%3). Both can save changes, but each shows the other's only "
                              "after reopening; take care not to edit the same records.")
                               .arg(QDir::toNativeSeparators(m_database->path()))
                               .arg(pid)
                               .arg(host)));
    }
    m_settings.addRecentDatabase(m_database->path());
    m_settings.setLastDatabase(m_database->path());
    rebuildRecentMenu();
    reloadModels();
    updateStatus();
    return Status::success();
}

void MainWindow::reloadModels()
{
    m_peopleModel->setDatabase(m_database.get());
    m_pairingsModel->setDatabase(m_database.get());
    for (const Status &s : {m_peopleModel->reload(), m_pairingsModel->reload()}) {
        if (!s)
            reportError(tr("Reading the database"), s.error());
    }
    m_calendarPage->reload(m_database.get());
    m_sessionsPage->reload(m_database.get());
    m_mentorsPage->reload(m_database.get(), today());
    m_reportsPage->reload(m_database.get());
    const int flags = m_thisWeekPage->reload(m_database.get(), today());
    if (QListWidgetItem *item = m_sidebar ? m_sidebar->item(ThisWeek) : nullptr)
        item->setText(flags > 0 ? tr("This week (%1)").arg(flags) : tr("This week"));
}

void MainWindow::updateStatus()
{
    if (!m_database) {
        setWindowTitle(tr("InductionDesk"));
        m_databaseLabel->setText(tr("No database open"));
        m_backupLabel->clear();
        return;
    }
    const auto school = SchoolRepository(*m_database).school();
    const QString name = school && !school->name.isEmpty()
                             ? school->name
                             : QFileInfo(m_database->path()).completeBaseName();
    setWindowTitle(tr("%1 — InductionDesk").arg(name));
    setWindowFilePath(m_database->path());
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path())));
    const QDateTime backup = m_database->lastBackupTime();
    m_backupLabel->setText(
        backup.isValid()
            ? tr("Last backup: %1").arg(backup.toString(QStringLiteral("dd/MM/yyyy HH:mm")))
            : tr("Last backup: none yet"));
    m_backupLabel->setToolTip(m_database->lastBackupPath());
    m_backupLabel->setMinimumWidth(m_backupLabel->sizeHint().width());
}

void MainWindow::newDatabase()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"),
        QDir(dir).filePath(tr("school") + QLatin1Char('.') + Database::fileSuffix()),
        tr("InductionDesk databases (*.%1)").arg(Database::fileSuffix()), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + Database::fileSuffix();
    if (QFileInfo::exists(path)) {
        // A new database never replaces a file: that file may be a school's records.
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 already exists. Choose another name, or open it with File > "
                                "Open.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (auto s = openDatabase(path); !s)
        reportError(tr("New Database"), s.error());
}

void MainWindow::openDatabaseDialog()
{
    const QString start = m_database
                              ? QFileInfo(m_database->path()).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), start,
        tr("InductionDesk databases (*.%1);;All files (*)").arg(Database::fileSuffix()));
    if (path.isEmpty())
        return;
    if (auto s = openDatabase(path); !s)
        reportError(tr("Open Database"), s.error());
}

void MainWindow::openDemoSchool()
{
    const QString path = demoDatabasePath();
    const bool existed = QFileInfo::exists(path);
    if (auto s = openDatabase(path); !s) {
        reportError(tr("Open Demo School"), s.error());
        return;
    }
    if (!existed || PersonRepository(*m_database).count().value() == 0) {
        if (auto s = DemoSchool::populate(*m_database); !s)
            reportError(tr("Open Demo School"), s.error());
        const QString folder = QFileInfo(path).absolutePath() + QStringLiteral("/demo-samples");
        if (auto samples = DemoSamples::write(*m_database, folder))
            statusBar()->showMessage(
                tr("Files to try the imports on are in %1").arg(QDir::toNativeSeparators(folder)),
                15000);
        reloadModels();
        updateStatus();
    }
}

void MainWindow::assignMentor(qint64 replacingPairingId)
{
    if (!m_database)
        return;
    auto *dialog = new AssignMentorDialog(*m_database, QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (replacingPairingId > 0) {
        if (auto pairing = AssignmentRepository(*m_database).byId(replacingPairingId)) {
            dialog->setWindowTitle(tr("Replace Mentor"));
            dialog->setKind(pairing->kind);
            dialog->setMentee(pairing->menteeId);
            dialog->replaceBox()->setChecked(true);
        }
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AssignmentRequest request = dialog->request();
        auto outcome = std::make_shared<AssignmentOutcome>();
        Database &db = *m_database;
        pushEdit(
            request.replacingId > 0 ? tr("Replace mentor") : tr("Assign mentor"),
            [&db, request, outcome]() -> Status {
                auto r = AssignmentService(db).assign(request);
                if (!r)
                    return r.error();
                *outcome = *r;
                return Status::success();
            },
            [&db, outcome] { return AssignmentService(db).undo(*outcome); });
    });
    showDialog(dialog);
}

void MainWindow::addEct()
{
    if (!m_database)
        return;
    auto *dialog = new AddEctDialog(*m_database, QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto change = std::make_shared<NewEct>(dialog->result());
        Database &db = *m_database;
        pushEdit(
            tr("Add ECT %1").arg(change->person.displayName()),
            [&db, change] { return change->apply(db); },
            [&db, change] { return change->revert(db); });
    });
    showDialog(dialog);
}

void MainWindow::blockTime()
{
    if (!m_database)
        return;
    auto *dialog = new BlockedTimeDialog(*m_database, today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Database *db = m_database.get();
    connect(dialog, &BlockedTimeDialog::removeRequested, this,
            [this, db, dialog](const BlockedTime &blocked) {
                auto id = std::make_shared<qint64>(blocked.id);
                pushEdit(
                    tr("Unblock %1").arg(Dates::uk(blocked.day)),
                    [db, id] { return AvailabilityRepository(*db).removeBlockedTime(*id); },
                    [db, blocked, id] {
                        return keepId(AvailabilityRepository(*db).addBlockedTime(blocked), *id);
                    });
                dialog->refresh();
            });
    connect(dialog, &QDialog::accepted, this, [this, db, dialog] {
        const BlockedTime blocked = dialog->blockedTime();
        auto id = std::make_shared<qint64>(0);
        pushEdit(
            tr("Block %1").arg(Dates::uk(blocked.day)),
            [db, blocked, id] {
                return keepId(AvailabilityRepository(*db).addBlockedTime(blocked), *id);
            },
            [db, id] { return AvailabilityRepository(*db).removeBlockedTime(*id); });
    });
    showDialog(dialog);
}

void MainWindow::recordAbsence()
{
    if (!m_database)
        return;
    auto *dialog = new AbsenceDialog(*m_database, QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Database *db = m_database.get();
        const Absence absence = dialog->absence();
        auto id = std::make_shared<qint64>(0);
        pushEdit(
            tr("Record an absence"),
            [db, absence, id] {
                return keepId(AvailabilityRepository(*db).addAbsence(absence), *id);
            },
            [db, id] { return AvailabilityRepository(*db).removeAbsence(*id); });
    });
    showDialog(dialog);
}

void MainWindow::setToday(QDate today)
{
    m_today = today;
    reloadModels();
}

QDate MainWindow::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
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

void MainWindow::importStaffList(const QString &path)
{
    if (!m_database)
        return;
    auto *wizard = new StaffImportWizard(*m_database, QDate::currentDate(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty())
        wizard->setFile(path);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        Database &db = *m_database;
        const StaffImportPlan plan = wizard->plan();
        const QList<qint64> left = wizard->markedAsLeft();
        const QDate leftOn = wizard->leftOn();
        auto done = std::make_shared<StaffImportResult>();
        pushEdit(
            tr("Import staff list %1").arg(plan.list.table.fileName),
            [&db, plan, left, leftOn, done]() -> Status {
                auto r = StaffImportService(db).apply(plan, left, leftOn);
                if (!r)
                    return r.error();
                *done = *r;
                return Status::success();
            },
            [&db, done] { return StaffImportService(db).revert(*done); });
        showSection(People);
    });
    showDialog(wizard);
}

void MainWindow::addTrainee()
{
    if (!m_database)
        return;
    auto *dialog = new AddTraineeDialog(*m_database, QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto change = std::make_shared<NewTrainee>(dialog->result());
        Database &db = *m_database;
        pushEdit(
            tr("Add trainee %1").arg(change->person.displayName()),
            [&db, change] { return change->apply(db); },
            [&db, change] { return change->revert(db); });
    });
    showDialog(dialog);
}

void MainWindow::editPerson(qint64 personId)
{
    if (!m_database)
        return;
    auto person = PersonRepository(*m_database).byId(personId);
    if (!person) {
        reportError(tr("Edit Person"), person.error());
        return;
    }
    auto *dialog = new PersonDialog(*m_database, *person, QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto change = std::make_shared<PersonEdit>(dialog->edit());
        Database &db = *m_database;
        pushEdit(
            tr("Edit %1").arg(change->after.displayName()),
            [&db, change] { return change->apply(db); },
            [&db, change] { return change->revert(db); });
    });
    showDialog(dialog);
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_database.get(), m_settings, QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_settings.setPaperSize(dialog->paperSize());
        if (!m_database)
            return;
        SchoolRepository repo(*m_database);
        struct SchoolPreferences
        {
            School school;
            QString capacity; // empty: the rule set's default
            QJsonObject rules;
        };
        SchoolPreferences before{repo.school().ok() ? repo.school().value() : School{},
                                 repo.setting(QStringLiteral("mentor_capacity")).ok()
                                     ? repo.setting(QStringLiteral("mentor_capacity")).value()
                                     : QString(),
                                 repo.ruleSetOverrides()};
        SchoolPreferences after{dialog->school(), QString::number(dialog->mentorCapacity()),
                                dialog->ruleSetOverrides()};
        if (before.school.name == after.school.name && before.school.urn == after.school.urn &&
            repo.mentorCapacity(QDate::currentDate()) == dialog->mentorCapacity() &&
            before.rules == after.rules)
            return;
        Database &db = *m_database;
        const auto write = [&db](const SchoolPreferences &p) {
            return db.write([&]() -> Status {
                SchoolRepository r(db);
                if (!p.school.name.isEmpty()) {
                    if (auto s = r.setSchool(p.school); !s)
                        return s;
                }
                if (auto s = r.setRuleSetOverrides(p.rules); !s)
                    return s;
                return r.setSetting(QStringLiteral("mentor_capacity"), p.capacity);
            });
        };
        pushEdit(
            tr("Change school preferences"), [write, after] { return write(after); },
            [write, before] { return write(before); });
        updateStatus();
    });
    showDialog(dialog);
}

void MainWindow::showDialog(QDialog *dialog)
{
    if (m_dialogHook)
        m_dialogHook(dialog);
    else
        dialog->open();
}

void MainWindow::pushEdit(const QString &text, std::function<Status()> redo,
                          std::function<Status()> undo)
{
    m_undoStack->push(
        new DatabaseCommand(text, std::move(redo), std::move(undo), [this](const QString &message) {
            // Reported once the stack is done with the command.
            QTimer::singleShot(0, this, [this, message] {
                reportError(tr("Not saved"), Error::refused(message));
                reloadModels();
            });
        }));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About InductionDesk"),
        tr("<h3>InductionDesk %1</h3>"
           "<p>Mentoring for trainee and early career teachers: who mentors whom, the sessions "
           "they are entitled to, and what was missed.</p>"
           "<p>Mentoring is developmental, not assessment: InductionDesk records the support "
           "given and never grades a teacher.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(INDUCTIONDESK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::reportError(const QString &title, const Error &error)
{
    if (m_messageHook)
        m_messageHook(title, error.message);
    else
        QMessageBox::warning(this, title, error.message);
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
