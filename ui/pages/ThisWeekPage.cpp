#include "ThisWeekPage.h"

#include "application/PairingUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/ReportUseCases.h"
#include "application/SchoolUseCases.h"
#include "application/SessionUseCases.h"
#include "application/Workspace.h"
#include "calendar/SchoolCalendar.h"
#include "domain/SessionDetails.h"
#include "domain/SessionRules.h"
#include "style/Heading.h"
#include "util/Dates.h"
#include "widgets/BackgroundRead.h"
#include "widgets/StartChecklist.h"
#include "widgets/WrappingItemDelegate.h"

#include <QBrush>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace idesk::ui {

namespace {
constexpr int PairingRole = Qt::UserRole + 1;
constexpr int SessionRole = Qt::UserRole + 2;
constexpr int CoachingRole = Qt::UserRole + 3;
constexpr int GroupRole = Qt::UserRole + 4; // whose flags a group holds, in words

} // namespace

ThisWeekPage::ThisWeekPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_checklist(new StartChecklist(this))
    , m_flags(new QTreeWidget(this))
    , m_sessions(new QTableWidget(0, 7, this))
    , m_note(new QLineEdit(this))
    , m_markHeld(new QPushButton(tr("&Mark Held"), this))
    , m_coaching(new QWidget(this))
    , m_previousStep(new QLabel(m_coaching))
    , m_practised(new QComboBox(m_coaching))
    , m_step(new QLineEdit(m_coaching))
    , m_start(new QTimeEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_read(new BackgroundRead(this))
{
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setAccessibleName(tr("Started at"));
    m_start->setToolTip(tr("When it really started (as planned unless you change it)"));
    m_minutes->setRange(1, 480);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Minutes"));
    m_minutes->setToolTip(tr("How long it really lasted"));
    m_previousStep->setWordWrap(true);
    m_practised->addItem(tr("Not asked"), -1);
    m_practised->addItem(tr("Yes"), 1);
    m_practised->addItem(tr("No"), 0);
    m_practised->setAccessibleName(tr("Was the previous action step practised?"));
    m_step->setPlaceholderText(tr("The one step agreed at this meeting (developmental, not "
                                  "assessment)"));
    m_step->setMaxLength(SessionRules::kMaxActionStep);
    m_step->setAccessibleName(tr("Action step agreed"));
    auto *coachingLayout = new QGridLayout(m_coaching);
    coachingLayout->setContentsMargins(0, 0, 0, 0);
    coachingLayout->addWidget(m_previousStep, 0, 0);
    auto *practisedRow = new QHBoxLayout;
    auto *practisedLabel = new QLabel(tr("Pr&actised?"), m_coaching);
    practisedLabel->setBuddy(m_practised);
    practisedRow->addWidget(practisedLabel);
    practisedRow->addWidget(m_practised);
    coachingLayout->addLayout(practisedRow, 0, 1);
    // A visible label, not only a placeholder: it stays once the box holds text.
    auto *stepRow = new QHBoxLayout;
    auto *stepLabel = new QLabel(tr("Action &step agreed:"), m_coaching);
    stepLabel->setBuddy(m_step);
    stepRow->addWidget(stepLabel);
    stepRow->addWidget(m_step, 1);
    coachingLayout->addLayout(stepRow, 1, 0, 1, 2);
    coachingLayout->setColumnStretch(0, 1);
    m_coaching->hide();
    m_summary->setWordWrap(true);
    m_flags->setColumnCount(3);
    m_flags->setHeaderLabels({tr("Flag"), tr("What happened"), tr("What to do")});
    m_flags->setAccessibleName(tr("Flags"));
    m_flags->setWordWrap(true);
    m_flags->setTextElideMode(Qt::ElideNone); // messages wrap rather than lose their end
    m_flags->setRootIsDecorated(true);
    m_flags->setUniformRowHeights(false);
    m_flags->setItemDelegate(new WrappingItemDelegate(m_flags->header(), m_flags));
    // The groups the tutor opens stay open when the flags are read again.
    connect(m_flags, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        m_openGroups.insert(item->data(0, GroupRole).toString());
    });
    connect(m_flags, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        m_openGroups.remove(item->data(0, GroupRole).toString());
    });
    // Row heights follow the wrapped messages whenever a column changes width.
    connect(m_flags->header(), &QHeaderView::sectionResized, this, [this] {
        QMetaObject::invokeMethod(
            m_flags, [this] { m_flags->doItemsLayout(); }, Qt::QueuedConnection);
    });
    m_sessions->setHorizontalHeaderLabels({tr("Date"), tr("Time"), tr("Session"), tr("Mentor"),
                                           tr("Mentee"), tr("Status"), tr("Details")});
    m_sessions->setWordWrap(false);
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessions->verticalHeader()->hide();
    m_sessions->horizontalHeader()->setStretchLastSection(true);
    // Columns fit the first rows, not every one of a trust's thousands.
    m_sessions->horizontalHeader()->setResizeContentsPrecision(100);
    m_sessions->setAccessibleName(tr("Sessions this week and last"));
    m_note->setPlaceholderText(tr("Optional: short and developmental (not an assessment)"));
    m_note->setMaxLength(500);
    m_note->setAccessibleName(tr("Note"));

    auto *logBar = new QHBoxLayout;
    auto *startLabel = new QLabel(tr("Star&ted:"), this);
    startLabel->setBuddy(m_start);
    logBar->addWidget(startLabel);
    logBar->addWidget(m_start);
    logBar->addWidget(m_minutes);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    logBar->addWidget(noteLabel);
    logBar->addWidget(m_note, 1);
    logBar->addWidget(m_markHeld);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(new QLabel(tr("Sessions last week and this week:"), lower));
    lowerLayout->addWidget(m_sessions, 1);
    lowerLayout->addWidget(m_coaching);
    lowerLayout->addLayout(logBar);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_flags);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("This week"), this));
    layout->addWidget(m_checklist);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_markHeld, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        const bool coaching = m_sessions->item(row, 0)->data(CoachingRole).toBool();
        HeldEntry entry;
        entry.sessionId = m_sessions->item(row, 0)->data(SessionRole).toLongLong();
        entry.start = m_start->time();
        entry.minutes = m_minutes->value();
        entry.note = m_note->text().trimmed();
        if (coaching) {
            entry.actionStep = m_step->text().simplified();
            entry.previousSessionId = m_previousId;
            entry.practised = m_previousId ? m_practised->currentData().toInt() : -1;
        }
        emit markHeldRequested(entry);
    });
    connect(m_flags, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 pairing = item->data(0, PairingRole).toLongLong();
        if (pairing > 0)
            emit openPairingRequested(pairing);
    });
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, &ThisWeekPage::showSelected);
    m_markHeld->setEnabled(false);
    m_start->setEnabled(false);
    m_minutes->setEnabled(false);
}

int ThisWeekPage::selectedRow() const
{
    // The selection, not the current cell: it is what the tutor sees highlighted.
    const QModelIndexList rows = m_sessions->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ThisWeekPage::showSelected()
{
    const int row = selectedRow();
    m_markHeld->setEnabled(row >= 0);
    m_start->setEnabled(row >= 0);
    m_minutes->setEnabled(row >= 0);
    const bool coaching = row >= 0 && m_sessions->item(row, 0)->data(CoachingRole).toBool();
    m_coaching->setVisible(coaching);
    m_previousId = 0;
    m_markHeld->setText(tr("&Mark Held"));
    m_markHeld->setToolTip({});
    m_note->clear();
    m_step->clear();
    if (row < 0 || !m_ws)
        return;
    SessionUseCases sessions(*m_ws);
    auto session = sessions.session(m_sessions->item(row, 0)->data(SessionRole).toLongLong());
    if (session) {
        m_start->setTime(session->start);
        m_minutes->setValue(session->minutes);
        m_note->setText(session->note);
        // Held already: saving again corrects the record, and says so.
        if (session->status == SessionStatus::Held) {
            m_markHeld->setText(tr("&Correct Record"));
            m_markHeld->setToolTip(tr("Save these details over what was recorded; undo puts "
                                      "the record back"));
        }
        const Status allowed =
            SessionRules::canMarkHeld(*session, session->day, session->minutes, m_ws->today());
        m_markHeld->setEnabled(allowed.ok());
        if (!allowed)
            m_markHeld->setToolTip(allowed.error().message);
    }
    if (!coaching)
        return;
    // The meeting starts from the step agreed last time.
    auto previous = session ? sessions.previousActionStep(*session)
                            : Result<std::optional<MentoringSession>>(session.error());
    if (previous && previous->has_value()) {
        const MentoringSession &p = **previous;
        m_previousId = p.id;
        m_previousStep->setText(tr("<b>Previous action step</b> (%1): %2")
                                    .arg(Dates::uk(p.day), p.actionStep.toHtmlEscaped()));
        m_practised->setCurrentIndex(
            m_practised->findData(p.actionPractised ? int(*p.actionPractised) : -1));
    } else {
        m_previousStep->setText(tr("No earlier action step with this mentee."));
        m_practised->setCurrentIndex(0);
    }
    m_practised->setEnabled(m_previousId > 0);
    m_step->setText(session ? session->actionStep : QString());
}

ThisWeekPage::Data ThisWeekPage::read(Workspace &ws)
{
    Data d;
    d.today = ws.today();
    if (auto progress = SchoolUseCases(ws).setupProgress())
        d.progress = *progress;
    auto names = PeopleUseCases(ws).displayNames();
    auto pairings = PairingUseCases(ws).allById();
    auto flags = ReportUseCases(ws).read({Dates::academicYearStart(d.today), d.today});
    for (const Error *e : {names ? nullptr : &names.error(), pairings ? nullptr : &pairings.error(),
                           flags ? nullptr : &flags.error()}) {
        if (e) {
            d.error = e->message;
            return d;
        }
    }
    d.names = std::move(*names);
    d.pairings = std::move(*pairings);
    d.flags = std::move(*flags);
    const QDate monday = SchoolCalendar::mondayOf(d.today);
    if (auto sessions = SessionUseCases(ws).inWeeks({monday.addDays(-7), monday.addDays(6)}))
        d.sessions = std::move(*sessions);
    else
        d.sessionsError = sessions.error().message;
    return d;
}

ThisWeekPage::Data ThisWeekPage::readChanged(Workspace &ws, const Data &shown,
                                             const QSet<qint64> &pairings)
{
    Data d = shown;
    auto flags = ReportUseCases(ws).reread(shown.flags, pairings);
    if (!flags) {
        d.error = flags.error().message;
        return d;
    }
    d.flags = std::move(*flags);
    if (d.progress) {
        if (auto planned = SchoolUseCases(ws).termPlanned())
            d.progress->planned = *planned;
    }
    const QDate monday = SchoolCalendar::mondayOf(d.today);
    const DateRange weeks{monday.addDays(-7), monday.addDays(6)};
    auto sessions = shown.sessionsError.isEmpty()
                        ? SessionUseCases(ws).rereadInWeeks(shown.sessions, weeks, pairings)
                        : SessionUseCases(ws).inWeeks(weeks);
    d.sessionsError.clear();
    if (sessions)
        d.sessions = std::move(*sessions);
    else
        d.sessionsError = sessions.error().message;
    return d;
}

void ThisWeekPage::watch(Workspace *db)
{
    if (db == m_watched && m_watch)
        return;
    disconnect(m_watch);
    m_watched = db;
    m_changedAll = true;
    m_changedPairings.clear();
    if (db)
        m_watch = connect(db, &Workspace::changedSessionsOf, this, &ThisWeekPage::noteChange);
}

void ThisWeekPage::noteChange(Topics, const QSet<qint64> &pairings) // topics: any is enough
{
    if (pairings.isEmpty())
        m_changedAll = true;
    else
        m_changedPairings.unite(pairings);
}

int ThisWeekPage::reload(Workspace *db)
{
    m_read->forget(); // what is read now is newer than any read on a worker
    watch(db);
    m_changedAll = false;
    m_changedPairings.clear();
    return db ? show(db, read(*db)) : show(nullptr, Data());
}

void ThisWeekPage::reloadInBackground(Workspace *db)
{
    watch(db);
    if (!db) {
        m_read->forget();
        show(nullptr, Data());
        return;
    }
    // A database opened is said to be reading; after a change, what was
    // shown stays until the new read replaces it.
    if (db != m_ws)
        m_summary->setText(tr("Reading this week's flags and sessions…"));
    // Only some pairings' sessions changed since what is shown was read (and
    // no read is on its way that it would overtake): work those in.
    const bool onlySessions = !m_changedAll && !m_changedPairings.isEmpty() && db == m_ws &&
                              m_shown.error.isEmpty() && m_shown.today == db->today() &&
                              !m_read->isReading();
    std::function<Data(Workspace &)> read = &ThisWeekPage::read;
    if (onlySessions)
        read = [shown = m_shown, pairings = m_changedPairings](Workspace &ws) {
            return readChanged(ws, shown, pairings);
        };
    m_changedAll = false;
    m_changedPairings.clear();
    m_read->start<Data>(
        *db, read, [this, db](Data &d) { show(db, d); },
        [this](const QString &why) {
            m_changedAll = true; // what is shown missed the changes this read was for
            m_summary->setText(tr("This week could not be read: %1").arg(why));
        });
}

int ThisWeekPage::show(Workspace *db, const Data &d)
{
    // The selection and column widths outlive a change (marking held reloads).
    const int keepRow = db == m_ws ? selectedRow() : -1;
    const qint64 keep =
        keepRow >= 0 ? m_sessions->item(keepRow, 0)->data(SessionRole).toLongLong() : 0;
    if (db != m_ws) {
        m_sized = false;
        m_openGroups.clear();
    }
    m_ws = db;
    m_today = d.today;
    m_shown = d;
    m_coaching->hide();
    m_flags->clear();
    m_sessions->setRowCount(0);
    m_flagCount = 0;
    if (!db) {
        m_summary->clear();
        m_checklist->hide();
        emit flagCountChanged(0);
        return 0;
    }
    // A school still being set up is shown the way to go on.
    if (d.progress)
        m_checklist->setProgress(*d.progress);
    else
        m_checklist->hide();
    if (!d.error.isEmpty()) {
        m_summary->setText(tr("This week could not be read: %1").arg(d.error));
        emit flagCountChanged(0);
        return 0;
    }
    showFlags(d);
    showSessions(d, keep);
    emit flagCountChanged(m_flagCount);
    return m_flagCount;
}

void ThisWeekPage::showFlags(const Data &d)
{
    const QHash<qint64, QString> &names = d.names;
    int red = 0;
    QHash<QString, QTreeWidgetItem *> groups;
    QList<QTreeWidgetItem *> tops;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QString redWord = tr("Red"), amberWord = tr("Amber");
    const QColor redColour(dark ? 0x7a2020 : 0xf4c7c3), amberColour(dark ? 0x6e551f : 0xfce8b2);
    for (const Flag &f : d.flags.flags) {
        const QString group = f.menteeId
                                  ? tr("%1 (mentor: %2)")
                                        .arg(names.value(f.menteeId),
                                             f.mentorId ? names.value(f.mentorId) : tr("none"))
                                  : tr("%1 (as a mentor)").arg(names.value(f.mentorId));
        QTreeWidgetItem *&parent = groups[group];
        if (!parent) {
            // Built apart from the tree and added in one go: a trust has
            // hundreds of groups, and the tree lays out once.
            parent = new QTreeWidgetItem(QStringList{group});
            tops.append(parent);
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
            parent->setData(0, PairingRole, f.pairingId);
            parent->setData(0, GroupRole, group);
        }
        const bool isRed = f.severity == FlagSeverity::Red;
        auto *item =
            new QTreeWidgetItem(parent, {isRed ? redWord : amberWord, f.message, f.action});
        item->setData(0, PairingRole, f.pairingId);
        item->setBackground(0, isRed ? redColour : amberColour);
        item->setTextAlignment(0, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(1, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(2, Qt::AlignLeft | Qt::AlignTop);
        item->setToolTip(1, f.message);
        item->setToolTip(2, f.action);
        red += isRed ? 1 : 0;
        if (!parent->data(0, PairingRole).toLongLong())
            parent->setData(0, PairingRole, f.pairingId);
    }
    for (QTreeWidgetItem *top : std::as_const(tops))
        top->setText(0, tr("%1: %n flag(s)", nullptr, top->childCount())
                            .arg(top->data(0, GroupRole).toString()));
    m_flags->addTopLevelItems(tops);
    for (QTreeWidgetItem *top : std::as_const(tops))
        top->setFirstColumnSpanned(true); // only once in the tree
    {
        const QSignalBlocker quiet(m_flags); // only the tutor's opening is remembered
        if (d.flags.flags.size() <= m_flagsShownOpen) {
            m_flags->expandAll();
        } else {
            for (QTreeWidgetItem *top : std::as_const(tops))
                top->setExpanded(m_openGroups.contains(top->data(0, GroupRole).toString()));
        }
    }
    m_flags->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_flags->header()->resizeSection(0, fontMetrics().horizontalAdvance(amberWord) * 3);
    m_flags->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_flags->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_flags->header()->resizeSection(2, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 55);
    m_flags->doItemsLayout(); // row heights follow the wrapped text
    m_flagCount = int(d.flags.flags.size());
    if (d.pairings.isEmpty())
        m_summary->setText(tr("Nobody is being mentored yet. Add ECTs and trainees and assign "
                              "their mentors (People menu), plan the term (Sessions), and their "
                              "sessions and flags appear here."));
    else if (d.flags.flags.isEmpty())
        m_summary->setText(tr("No flags: every due session so far this year has been held, and "
                              "nothing else needs doing."));
    else
        m_summary->setText(tr("%n flag(s) to act on", nullptr, m_flagCount) +
                           tr(" (%1 red, %2 amber). Double-click a flag to open the pairing.")
                               .arg(red)
                               .arg(m_flagCount - red));
}

void ThisWeekPage::showSessions(const Data &d, qint64 keep)
{
    if (!d.sessionsError.isEmpty()) {
        m_summary->setText(tr("This week's sessions could not be read: %1").arg(d.sessionsError));
        return;
    }
    const QDate monday = SchoolCalendar::mondayOf(d.today);
    QList<const MentoringSession *> shown;
    for (const MentoringSession &s : d.sessions) {
        if (s.day >= monday.addDays(-7) && s.day <= monday.addDays(6))
            shown.append(&s);
    }
    // Sized once and filled, rather than a row at a time: each insertRow()
    // tells the view, which a week of a trust's sessions makes slow.
    m_sessions->setRowCount(int(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        const MentoringSession &s = *shown.at(r);
        const MentorAssignment a = d.pairings.value(s.assignmentId);
        const QStringList cells{QLocale().toString(s.day, QStringLiteral("ddd dd/MM/yyyy")),
                                s.start.toString(QStringLiteral("HH:mm")),
                                SessionKinds::displayName(s.kind),
                                d.names.value(a.mentorId),
                                d.names.value(a.menteeId),
                                SessionDetails::status(s),
                                SessionDetails::describe(s)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_sessions->setItem(r, c, item);
        }
        m_sessions->item(r, 0)->setData(SessionRole, s.id);
        m_sessions->item(r, 0)->setData(CoachingRole, s.kind == SessionKind::Coaching);
        if (keep > 0 && s.id == keep)
            m_sessions->selectRow(r);
    }
    if (!m_sized && m_sessions->rowCount() > 0) {
        m_sessions->resizeColumnsToContents();
        m_sized = true;
    }
}

} // namespace idesk::ui
