#include "SessionsPage.h"

#include "application/CalendarUseCases.h"
#include "application/PairingUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/SessionUseCases.h"
#include "application/Workspace.h"
#include "style/Heading.h"
#include "util/Dates.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace idesk::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

SessionsPage::SessionsPage(QWidget *parent)
    : QWidget(parent)
    , m_term(new QComboBox(this))
    , m_plan(new QPushButton(tr("&Plan this term"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 7, this))
    , m_cancelSession(new QPushButton(tr("&Cancel session and offer slots"), this))
    , m_unplaced(new QListWidget(this))
    , m_offers(new QListWidget(this))
{
    m_term->setAccessibleName(tr("Term"));
    m_plan->setToolTip(tr("Place every due session of the term: in teaching hours wherever "
                          "possible, never outside contracted time, in a slot that recurs. "
                          "Held, cancelled and hand-placed sessions stay where they are."));
    m_stop->hide();
    m_progress->setRange(0, 0); // busy: the optimiser cannot say how far it has gone
    m_progress->hide();
    m_progress->setAccessibleName(tr("Planning"));
    m_summary->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Time"), tr("Session"), tr("Mentor"),
                                        tr("Mentee"), tr("Status"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Sessions"));
    m_unplaced->setWordWrap(true);
    m_unplaced->setAccessibleName(tr("Sessions that could not be placed"));
    m_offers->setAccessibleName(tr("Free slots for the cancelled session"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Term:"), this));
    bar->addWidget(m_term);
    bar->addWidget(m_plan);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_stop);
    bar->addStretch();
    bar->addWidget(m_cancelSession);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Could not be placed, and what would make room:"), lower));
    left->addWidget(m_unplaced);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Free slots for a cancelled session (double-click to move "
                                   "it there):"),
                                lower));
    right->addWidget(m_offers);
    lowerLayout->addLayout(left, 3);
    lowerLayout->addLayout(right, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Sessions"), this));
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_plan, &QPushButton::clicked, this, [this] { emit planRequested(selectedTerm()); });
    connect(m_stop, &QPushButton::clicked, this, &SessionsPage::stopRequested);
    connect(m_term, &QComboBox::currentIndexChanged, this, [this] { reload(m_ws); });
    connect(m_cancelSession, &QPushButton::clicked, this, [this] {
        if (selectedSession() > 0)
            emit cancelSessionRequested(selectedSession());
    });
    connect(m_offers, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int i = m_offers->row(item);
        if (i >= 0 && i < m_offerSlots.size())
            emit moveRequested(m_offersFor, m_offerSlots.at(i).day, m_offerSlots.at(i).periodId,
                               m_offerSlots.at(i).start);
    });
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
        if (m_term->itemData(i, Qt::UserRole + 2).toString() == label)
            m_term->setCurrentIndex(i);
    }
}

qint64 SessionsPage::selectedSession() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(IdRole).toLongLong() : 0;
}

void SessionsPage::selectSession(qint64 id)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(IdRole).toLongLong() == id)
            m_table->selectRow(r);
    }
}

void SessionsPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_stop->setVisible(busy);
    m_plan->setEnabled(!busy);
    m_term->setEnabled(!busy);
}

void SessionsPage::reload(Workspace *workspace)
{
    m_ws = workspace;
    if (!workspace) {
        m_table->setRowCount(0);
        return;
    }
    auto time = CalendarUseCases(*workspace).schoolTime();
    if (time) {
        const QString keep = m_term->currentData(Qt::UserRole + 2).toString();
        QSignalBlocker block(m_term);
        m_term->clear();
        const QString current = [&] {
            const Term *t = time->calendar().termContaining(workspace->today());
            return t ? t->label() : QString();
        }();
        for (const Term &t : time->calendar().terms()) {
            m_term->addItem(tr("%1 %2 (%3 to %4)")
                                .arg(TermKinds::displayName(t.kind), t.academicYear,
                                     Dates::uk(t.period.from), Dates::uk(t.period.to)),
                            QStringList{Dates::iso(t.period.from), Dates::iso(t.period.to)});
            m_term->setItemData(m_term->count() - 1, t.label(), Qt::UserRole + 2);
        }
        const QString want = keep.isEmpty() ? current : keep;
        for (int i = 0; i < m_term->count(); ++i) {
            if (m_term->itemData(i, Qt::UserRole + 2).toString() == want)
                m_term->setCurrentIndex(i);
        }
    }
    const DateRange term = selectedTerm();
    auto names = PeopleUseCases(*workspace).displayNames();
    auto pairings = PairingUseCases(*workspace).allById();
    const qint64 keepSelection = selectedSession();
    m_table->setRowCount(0);
    if (!term.isValid()) {
        m_summary->setText(tr("No term dates yet: enter them in Calendar, then plan a term here."));
        return;
    }
    auto sessions = SessionUseCases(*workspace).inWeeks(term);
    // A read that fails is said, never shown as an empty term.
    for (const Error *e :
         {time ? nullptr : &time.error(), names ? nullptr : &names.error(),
          pairings ? nullptr : &pairings.error(), sessions ? nullptr : &sessions.error()}) {
        if (e) {
            m_summary->setText(tr("The sessions could not be read: %1").arg(e->message));
            return;
        }
    }
    int exceptional = 0, held = 0;
    for (const MentoringSession &s : std::as_const(*sessions)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const MentorAssignment a = pairings->value(s.assignmentId);
        const QStringList cells{QLocale().toString(s.day, QStringLiteral("ddd dd/MM/yyyy")),
                                s.start.toString(QStringLiteral("HH:mm")),
                                SessionKinds::displayName(s.kind),
                                names->value(a.mentorId),
                                names->value(a.menteeId),
                                SessionStatuses::displayName(s.status) +
                                    (s.handPlaced ? tr(", placed by hand") : QString()),
                                s.exceptionalReason};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        m_table->item(r, 0)->setData(IdRole, s.id);
        exceptional += s.exceptionalReason.isEmpty() ? 0 : 1;
        held += s.status == SessionStatus::Held ? 1 : 0;
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(sessions->isEmpty()
                           ? tr("Nothing planned for this term yet. Plan this term places every "
                                "due session.")
                           : tr("%1 sessions, %2 held, %3 outside teaching hours (exceptional).")
                                 .arg(sessions->size())
                                 .arg(held)
                                 .arg(exceptional));
    selectSession(keepSelection);
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
    m_offerSlots = offers;
    m_offers->clear();
    for (const SlotOffer &o : offers)
        m_offers->addItem(QLocale().toString(o.day, QStringLiteral("ddd dd/MM/yyyy")) +
                          QLatin1Char(' ') + o.start.toString(QStringLiteral("HH:mm")) +
                          (o.outsideTeaching ? tr(" (outside teaching hours)") : QString()));
    if (offers.isEmpty())
        m_offers->addItem(tr("No free slot in that week or the next."));
}

} // namespace idesk::ui
