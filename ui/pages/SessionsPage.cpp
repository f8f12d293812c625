#include "SessionsPage.h"

#include "models/SessionsModel.h"
#include "widgets/BackgroundRead.h"

#include "application/CalendarUseCases.h"
#include "application/PairingUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/SessionUseCases.h"
#include "application/Workspace.h"
#include "domain/SessionDetails.h"
#include "domain/SessionRules.h"
#include "style/Heading.h"
#include "util/Dates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace idesk::ui {

namespace {
constexpr int LabelRole = Qt::UserRole + 2;
constexpr int kMaxColumnWidth = 360;

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QDateEdit *weekEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

SessionsPage::SessionsPage(QWidget *parent)
    : QWidget(parent)
    , m_term(new QComboBox(this))
    , m_plan(new QPushButton(tr("Plan this te&rm"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_from(weekEdit(this))
    , m_to(weekEdit(this))
    , m_person(new QComboBox(this))
    , m_pairing(new QComboBox(this))
    , m_today(new QPushButton(tr("&Today"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new SessionsModel(this))
    , m_read(new BackgroundRead(this))
    , m_missed(new QPushButton(tr("Mark m&issed"), this))
    , m_notHeld(new QPushButton(tr("Mark not hel&d"), this))
    , m_cancelSession(new QPushButton(tr("&Cancel Session…"), this))
    , m_offerSlots(new QPushButton(tr("&Offer Free Slots"), this))
    , m_unplaced(new QListWidget(this))
    , m_offers(new QListWidget(this))
{
    m_term->setAccessibleName(tr("Term"));
    // Combos as wide as a typical entry, not their longest: the page must fit
    // a small screen (1024 wide); the whole text is in the list and tooltip.
    for (QComboBox *box : {m_term, m_person, m_pairing}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_person ? 12 : box == m_term ? 20 : 16);
    }
    m_plan->setToolTip(tr("Place every due session of the term: in teaching hours wherever "
                          "possible, never outside contracted time, in a slot that recurs. "
                          "Held, cancelled and hand-placed sessions stay where they are."));
    m_stop->hide();
    m_progress->setRange(0, 0); // busy: the optimiser cannot say how far it has gone
    m_progress->hide();
    m_progress->setAccessibleName(tr("Planning"));
    m_from->setAccessibleName(tr("First week shown"));
    m_to->setAccessibleName(tr("Last week shown"));
    m_person->setAccessibleName(tr("Person"));
    m_pairing->setAccessibleName(tr("Pairing"));
    m_today->setToolTip(tr("Show this week's sessions (the term holding today)"));
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit the first rows, not every one of a trust's thousands.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setAccessibleName(tr("Sessions"));
    m_missed->setToolTip(tr("The session was due and did not happen"));
    m_notHeld->setToolTip(tr("Correct the record: a session marked held that did not happen "
                             "goes back to planned"));
    m_cancelSession->setToolTip(tr("Cancel a session still to come, with a reason, and see the "
                                   "nearest free slots to move it to"));
    m_offerSlots->setToolTip(tr("The nearest free slots still to come for a cancelled session"));
    m_unplaced->setWordWrap(true);
    m_unplaced->setAccessibleName(tr("Sessions that could not be placed"));
    m_offers->setAccessibleName(tr("Free slots for the cancelled session"));

    auto *planBar = new QHBoxLayout;
    planBar->addWidget(buddyLabel(tr("Ter&m:"), m_term, this));
    planBar->addWidget(m_term);
    planBar->addWidget(m_plan);
    planBar->addWidget(m_progress, 1);
    planBar->addWidget(m_stop);
    planBar->addStretch();
    planBar->addWidget(m_today);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(buddyLabel(tr("&Weeks from"), m_from, this));
    filterBar->addWidget(m_from);
    filterBar->addWidget(new QLabel(tr("to"), this));
    filterBar->addWidget(m_to);
    filterBar->addSpacing(12);
    filterBar->addWidget(buddyLabel(tr("Perso&n:"), m_person, this));
    filterBar->addWidget(m_person);
    filterBar->addWidget(buddyLabel(tr("P&airing:"), m_pairing, this));
    filterBar->addWidget(m_pairing, 1);

    auto *actionBar = new QHBoxLayout;
    actionBar->addWidget(m_missed);
    actionBar->addWidget(m_notHeld);
    actionBar->addWidget(m_cancelSession);
    actionBar->addWidget(m_offerSlots);
    actionBar->addStretch();

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_table, 1);
    upperLayout->addLayout(actionBar);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Could not be placed, and what would make room:"), lower));
    left->addWidget(m_unplaced);
    auto *right = new QVBoxLayout;
    auto *offersLabel = new QLabel(tr("Free slots for a cancelled session (double-click to "
                                      "move it there):"),
                                   lower);
    offersLabel->setWordWrap(true);
    right->addWidget(offersLabel);
    right->addWidget(m_offers);
    lowerLayout->addLayout(left, 3);
    lowerLayout->addLayout(right, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Sessions"), this));
    layout->addLayout(planBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_plan, &QPushButton::clicked, this, [this] { emit planRequested(selectedTerm()); });
    connect(m_stop, &QPushButton::clicked, this, &SessionsPage::stopRequested);
    connect(m_term, &QComboBox::currentIndexChanged, this,
            [this] { setShownWeeks(selectedTerm()); });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] { reload(m_ws); });
    for (QComboBox *box : {m_person, m_pairing})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { fillTable(); });
    connect(m_today, &QPushButton::clicked, this, &SessionsPage::goToToday);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    const auto onSelected = [this](void (SessionsPage::*signal)(qint64)) {
        return [this, signal] {
            if (selectedSession() > 0)
                emit(this->*signal)(selectedSession());
        };
    };
    connect(m_cancelSession, &QPushButton::clicked, this,
            onSelected(&SessionsPage::cancelSessionRequested));
    connect(m_missed, &QPushButton::clicked, this, onSelected(&SessionsPage::markMissedRequested));
    connect(m_notHeld, &QPushButton::clicked, this,
            onSelected(&SessionsPage::markNotHeldRequested));
    connect(m_offerSlots, &QPushButton::clicked, this, onSelected(&SessionsPage::offersRequested));
    connect(m_offers, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int i = m_offers->row(item);
        if (i >= 0 && i < m_slots.size())
            emit moveRequested(m_offersFor, m_slots.at(i).day, m_slots.at(i).periodId,
                               m_slots.at(i).start);
    });
    updateButtons();
}

DateRange SessionsPage::selectedTerm() const
{
    const QStringList dates = m_term->currentData().toStringList();
    return dates.size() == 2 ? DateRange{Dates::parse(dates.at(0)), Dates::parse(dates.at(1))}
                             : DateRange{};
}

QString SessionsPage::selectedTermLabel() const
{
    return m_term->currentText();
}

void SessionsPage::setTerm(const QString &label)
{
    for (int i = 0; i < m_term->count(); ++i) {
        if (m_term->itemData(i, LabelRole).toString() == label)
            m_term->setCurrentIndex(i);
    }
}

DateRange SessionsPage::shownWeeks() const
{
    return {m_from->date(), m_to->date()};
}

void SessionsPage::setShownWeeks(const DateRange &weeks)
{
    if (!weeks.isValid() || weeks.isOpenEnded())
        return;
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(weeks.from);
        m_to->setDate(weeks.to);
    }
    reload(m_ws);
}

void SessionsPage::setPersonFilter(qint64 personId)
{
    const int i = m_person->findData(personId);
    m_person->setCurrentIndex(std::max(i, 0));
}

void SessionsPage::setPairingFilter(qint64 pairingId)
{
    const int i = m_pairing->findData(pairingId);
    m_pairing->setCurrentIndex(std::max(i, 0));
}

void SessionsPage::goToToday()
{
    if (!m_ws)
        return;
    selectTermOfToday();
    const DateRange term = selectedTerm();
    const QDate today = m_ws->today();
    if (term.isValid() && !shownWeeks().contains(today))
        setShownWeeks(term);
    scrollToThisWeek();
}

void SessionsPage::selectTermOfToday()
{
    // The term holding today; in a holiday the next one; after the last, the last.
    const QDate today = m_ws->today();
    int chosen = -1;
    for (int i = 0; i < m_term->count(); ++i) {
        const QStringList d = m_term->itemData(i).toStringList();
        if (d.size() != 2)
            continue;
        if (Dates::parse(d.at(1)) >= today) { // terms come in order
            chosen = i;
            break;
        }
    }
    if (chosen < 0)
        chosen = int(m_term->count()) - 1;
    const QSignalBlocker block(m_term);
    m_term->setCurrentIndex(chosen);
}

void SessionsPage::scrollToThisWeek()
{
    const QDate today = m_ws->today();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    // This week's first session, or the next one after it.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->sessionAt(r).day >= monday) {
            m_table->selectRow(r);
            m_table->scrollTo(m_model->index(r, SessionsModel::DateColumn),
                              QAbstractItemView::PositionAtTop);
            return;
        }
    }
}

qint64 SessionsPage::selectedSession() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->sessionAt(rows.first().row()).id;
}

void SessionsPage::selectSession(qint64 id)
{
    const int r = m_model->rowOf(id);
    if (r < 0)
        return;
    m_table->selectRow(r);
    m_table->scrollTo(m_model->index(r, SessionsModel::DateColumn));
}

void SessionsPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_stop->setVisible(busy);
    m_plan->setEnabled(!busy);
    m_term->setEnabled(!busy);
}

void SessionsPage::fillTerms(Workspace &workspace)
{
    auto time = CalendarUseCases(workspace).calendar();
    if (!time)
        return;
    const QString keep = m_term->currentData(LabelRole).toString();
    const QSignalBlocker block(m_term);
    m_term->clear();
    for (const Term &t : time->terms()) {
        m_term->addItem(tr("%1 %2").arg(TermKinds::displayName(t.kind), t.academicYear),
                        QStringList{Dates::iso(t.period.from), Dates::iso(t.period.to)});
        m_term->setItemData(m_term->count() - 1, t.label(), LabelRole);
        m_term->setItemData(m_term->count() - 1,
                            tr("%1 to %2").arg(Dates::uk(t.period.from), Dates::uk(t.period.to)),
                            Qt::ToolTipRole);
    }
    for (int i = 0; i < m_term->count(); ++i) {
        if (m_term->itemData(i, LabelRole).toString() == keep)
            m_term->setCurrentIndex(i);
    }
}

void SessionsPage::fillFilters(const QHash<qint64, QString> &names,
                               const QHash<qint64, MentorAssignment> &pairings)
{
    const qint64 person = m_person->currentData().toLongLong();
    const qint64 pairing = m_pairing->currentData().toLongLong();
    const QSignalBlocker blockPerson(m_person);
    const QSignalBlocker blockPairing(m_pairing);
    m_person->clear();
    m_pairing->clear();
    m_person->addItem(tr("Everyone"), qint64(0));
    m_pairing->addItem(tr("All pairings"), qint64(0));
    QList<QPair<QString, qint64>> people;
    QList<QPair<QString, qint64>> pairs;
    QSet<qint64> seen;
    for (const MentorAssignment &a : pairings) {
        for (qint64 id : {a.mentorId, a.menteeId}) {
            if (!seen.contains(id)) {
                seen.insert(id);
                people.append({names.value(id), id});
            }
        }
        pairs.append(
            {tr("%1 mentoring %2 (from %3)")
                 .arg(names.value(a.mentorId), names.value(a.menteeId), Dates::uk(a.period.from)),
             a.id});
    }
    const auto byName = [](const auto &x, const auto &y) {
        return QString::localeAwareCompare(x.first, y.first) < 0;
    };
    std::sort(people.begin(), people.end(), byName);
    std::sort(pairs.begin(), pairs.end(), byName);
    for (const auto &p : std::as_const(people))
        m_person->addItem(p.first, p.second);
    for (const auto &p : std::as_const(pairs))
        m_pairing->addItem(p.first, p.second);
    m_person->setCurrentIndex(std::max(0, m_person->findData(person)));
    m_pairing->setCurrentIndex(std::max(0, m_pairing->findData(pairing)));
}

DateRange SessionsPage::prepare(Workspace *workspace)
{
    const bool opened = workspace != m_ws;
    m_ws = workspace;
    if (opened) {
        m_sized = false;
        m_scrollToToday = true;
    }
    if (!workspace) {
        m_sessions.clear();
        m_model->setSessions({}, {}, {}, 0, 0);
        updateButtons();
        return {};
    }
    fillTerms(*workspace);
    if (opened) {
        // A database opens at the current week.
        selectTermOfToday();
        const DateRange term = selectedTerm();
        if (term.isValid()) {
            const QSignalBlocker a(m_from);
            const QSignalBlocker b(m_to);
            m_from->setDate(term.from);
            m_to->setDate(term.to);
        }
    }
    const DateRange weeks = shownWeeks();
    if (!selectedTerm().isValid() || !weeks.isValid()) {
        m_sessions.clear();
        m_model->setSessions({}, {}, {}, 0, 0);
        m_summary->setText(tr("No term dates yet: enter them in Calendar, then plan a term here."));
        updateButtons();
        return {};
    }
    return {weeks.from.addDays(1 - weeks.from.dayOfWeek()), weeks.to};
}

SessionsPage::Data SessionsPage::read(Workspace &workspace, const DateRange &weeks)
{
    Data d;
    auto names = PeopleUseCases(workspace).displayNames();
    auto pairings = PairingUseCases(workspace).allById();
    auto sessions = SessionUseCases(workspace).inWeeks(weeks);
    for (const Error *e : {names ? nullptr : &names.error(), pairings ? nullptr : &pairings.error(),
                           sessions ? nullptr : &sessions.error()}) {
        if (e) {
            d.error = e->message;
            return d;
        }
    }
    d.names = std::move(*names);
    d.pairings = std::move(*pairings);
    d.sessions = std::move(*sessions);
    return d;
}

void SessionsPage::show(const Data &d)
{
    // A read that fails is said, never shown as an empty term.
    if (!d.error.isEmpty()) {
        m_sessions.clear();
        m_model->setSessions({}, {}, {}, 0, 0);
        m_summary->setText(tr("The sessions could not be read: %1").arg(d.error));
        updateButtons();
        return;
    }
    m_names = d.names;
    m_pairings = d.pairings;
    m_sessions = d.sessions;
    fillFilters(m_names, m_pairings);
    fillTable();
    if (std::exchange(m_scrollToToday, false))
        scrollToThisWeek();
}

void SessionsPage::reload(Workspace *workspace)
{
    m_read->forget(); // what is read now is newer than any read on a worker
    if (const DateRange weeks = prepare(workspace); weeks.isValid())
        show(read(*workspace, weeks));
}

void SessionsPage::reloadInBackground(Workspace *workspace)
{
    const DateRange weeks = prepare(workspace);
    if (!weeks.isValid()) {
        m_read->forget(); // nothing to show: no read may land on it
        return;
    }
    if (m_sessions.isEmpty())
        m_summary->setText(tr("Reading the sessions…"));
    m_read->start<Data>(
        *workspace, [weeks](Workspace &ws) { return read(ws, weeks); },
        [this](Data &d) { show(d); },
        [this](const QString &why) {
            m_summary->setText(tr("The sessions could not be read: %1").arg(why));
        });
}

void SessionsPage::fillTable()
{
    const qint64 keepSelection = selectedSession();
    const int keepScroll = m_table->verticalScrollBar()->value();
    const qint64 person = m_person->currentData().toLongLong();
    const qint64 pairing = m_pairing->currentData().toLongLong();
    m_model->setSessions(m_sessions, m_names, m_pairings, person, pairing);
    int shown = 0, held = 0, exceptional = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const MentoringSession &s = m_model->sessionAt(r);
        ++shown;
        exceptional += s.exceptionalReason.isEmpty() ? 0 : 1;
        held += s.status == SessionStatus::Held ? 1 : 0;
    }
    // Columns are sized once for a database; after that a change never makes
    // them jump, and a width the tutor set stays.
    if (!m_sized && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < SessionsModel::ColumnCount - 1; ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), kMaxColumnWidth));
        m_sized = true;
    }
    if (m_sessions.isEmpty())
        m_summary->setText(tr("Nothing planned for these weeks yet. Plan this term places every "
                              "due session."));
    else
        m_summary->setText(tr("%n session(s) shown", nullptr, shown) + tr(", %1 held, %2 outside "
                                                                          "teaching hours "
                                                                          "(exceptional).")
                                                                           .arg(held)
                                                                           .arg(exceptional));
    m_table->verticalScrollBar()->setValue(keepScroll);
    if (keepSelection > 0)
        selectSession(keepSelection);
    m_table->verticalScrollBar()->setValue(keepScroll);
    updateButtons();
}

void SessionsPage::updateButtons()
{
    const qint64 id = selectedSession();
    const auto it = std::find_if(m_sessions.cbegin(), m_sessions.cend(),
                                 [id](const MentoringSession &s) { return s.id == id; });
    const bool any = id > 0 && it != m_sessions.cend() && m_ws;
    const QDate today = m_ws ? m_ws->today() : QDate();
    // The rules decide; a button that cannot act says why in its tooltip.
    const auto gate = [](QPushButton *button, const Status &allowed, const QString &tip) {
        button->setEnabled(allowed.ok());
        button->setToolTip(allowed.ok() ? tip : allowed.error().message);
    };
    if (!any) {
        for (QPushButton *b : {m_missed, m_notHeld, m_cancelSession, m_offerSlots})
            b->setEnabled(false);
        return;
    }
    gate(m_missed, SessionRules::canMarkMissed(*it, today),
         tr("The session was due and did not happen"));
    gate(m_notHeld, SessionRules::canMarkNotHeld(*it),
         tr("Correct the record: a session marked held that did not happen goes back to "
            "planned"));
    gate(m_cancelSession, SessionRules::canCancel(*it, QStringLiteral("?"), today),
         tr("Cancel a session still to come, with a reason, and see the nearest free slots to "
            "move it to"));
    gate(m_offerSlots,
         it->status == SessionStatus::Cancelled || it->status == SessionStatus::Missed
             ? Status::success()
             : Status(Error::refused(tr("Free slots are offered for a cancelled or missed "
                                        "session"))),
         tr("The nearest free slots still to come, to move the session to"));
}

void SessionsPage::showUnplaced(const QList<UnplacedSession> &unplaced,
                                const QHash<qint64, QString> &names)
{
    m_unplaced->clear();
    for (const UnplacedSession &u : unplaced)
        m_unplaced->addItem(
            tr("%1 for %2: %3")
                .arg(SessionKinds::displayName(u.due.kind), names.value(u.due.menteeId), u.reason));
    if (unplaced.isEmpty())
        m_unplaced->addItem(tr("Every due session has a place."));
}

void SessionsPage::showOffers(qint64 sessionId, const QList<SlotOffer> &offers)
{
    m_offersFor = sessionId;
    m_slots = offers;
    m_offers->clear();
    for (const SlotOffer &o : offers)
        m_offers->addItem(QLocale().toString(o.day, QStringLiteral("ddd dd/MM/yyyy")) +
                          QLatin1Char(' ') + o.start.toString(QStringLiteral("HH:mm")) +
                          (o.outsideTeaching ? tr(" (outside teaching hours)") : QString()));
    if (sessionId > 0 && offers.isEmpty())
        m_offers->addItem(tr("No free slot still to come in that week or the next."));
}

} // namespace idesk::ui
