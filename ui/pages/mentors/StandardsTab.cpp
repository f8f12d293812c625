#include "StandardsTab.h"

#include "RatingColours.h"
#include "util/Dates.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace idesk::ui {

namespace {
constexpr int ItemRole = Qt::UserRole + 1;
constexpr int kRatingColumn = 2;
const StandardsRating kRatings[] = {StandardsRating::Red, StandardsRating::Amber,
                                    StandardsRating::Green};
} // namespace

StandardsTab::StandardsTab(QWidget *parent)
    : QWidget(parent)
    , m_counts(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_note(new QLineEdit(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_history(new QListWidget(this))
    , m_plan(new QListWidget(this))
    , m_preview(new QPushButton(tr("Print Pre&view…"), this))
    , m_print(new QPushButton(tr("Pri&nt…"), this))
    , m_pdf(new QPushButton(tr("Save P&DF…"), this))
{
    m_counts->setWordWrap(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date of the self-assessment"));
    m_note->setPlaceholderText(tr("Optional note, kept with the next rating you click"));
    m_note->setMaxLength(500);
    m_note->setAccessibleName(tr("Note for the next rating"));

    m_table->setHorizontalHeaderLabels(
        {tr("Item"), tr("The mentor will…"), tr("Rating"), tr("Rated on")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("National Standards items"));

    m_history->setAccessibleName(tr("History of the selected item"));
    m_plan->setAccessibleName(tr("Support plan"));
    m_plan->setWordWrap(true);
    m_plan->setSpacing(3);
    m_history->setWordWrap(true);

    const auto &standards = NationalStandards::shipped();
    for (const Standard &s : standards.standards()) {
        const int header = m_table->rowCount();
        m_table->insertRow(header);
        auto *title = new QTableWidgetItem(tr("Standard %1 – %2").arg(s.number).arg(s.title));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setToolTip(s.summary);
        title->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(header, 0, title);
        m_table->setSpan(header, 0, 1, 4);
        for (const StandardItem &item : s.items) {
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            auto *code = new QTableWidgetItem(item.code);
            code->setData(ItemRole, item.code);
            m_table->setItem(r, 0, code);
            m_table->setItem(r, 1, new QTableWidgetItem(item.text));
            m_table->setItem(r, 3, new QTableWidgetItem);
            auto *cell = new QWidget(m_table);
            auto *buttons = new QHBoxLayout(cell);
            buttons->setContentsMargins(2, 1, 2, 1);
            buttons->setSpacing(2);
            for (StandardsRating rating : kRatings) {
                auto *b = new QToolButton(cell);
                b->setText(StandardsRatings::displayName(rating));
                b->setCheckable(true);
                b->setAutoRaise(false);
                b->setObjectName(item.code + QLatin1Char('-') + StandardsRatings::key(rating));
                b->setAccessibleName(
                    tr("Rate %1 %2").arg(item.code, StandardsRatings::displayName(rating)));
                b->setToolTip(standards.meaning(rating));
                connect(b, &QToolButton::clicked, this, [this, rating, code = item.code] {
                    if (m_mentorId == 0)
                        return;
                    SelfAssessment a;
                    a.mentorId = m_mentorId;
                    a.item = code;
                    a.rating = rating;
                    a.date = m_date->date();
                    a.note = m_note->text().trimmed();
                    m_note->clear();
                    emit assessRequested(a);
                });
                buttons->addWidget(b);
            }
            m_table->setCellWidget(r, kRatingColumn, cell);
        }
    }
    // The standard titles span the row; the item column needs room for "2.9" only.
    m_table->setColumnWidth(0, fontMetrics().horizontalAdvance(tr("Item")) +
                                   fontMetrics().horizontalAdvance(QStringLiteral("0")) * 3);
    m_table->resizeColumnToContents(kRatingColumn);
    // Rows follow the wrapped text as the table is resized.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setColumnWidth(3, fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")));

    auto *entry = new QHBoxLayout;
    entry->addWidget(new QLabel(tr("Assessed on:"), this));
    entry->addWidget(m_date);
    entry->addWidget(m_note, 1);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *planLabel = new QLabel(tr("<b>Support plan</b>: the items still red or amber"), side);
    sideLayout->addWidget(planLabel);
    sideLayout->addWidget(m_plan, 2);
    sideLayout->addWidget(new QLabel(tr("<b>History</b> of the selected item"), side));
    sideLayout->addWidget(m_history, 1);
    auto *print = new QHBoxLayout;
    print->addWidget(m_preview);
    print->addWidget(m_print);
    print->addWidget(m_pdf);
    sideLayout->addLayout(print);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addLayout(entry);
    layout->addWidget(split, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StandardsTab::showHistory);
    connect(m_date, &QDateEdit::userDateChanged, this, [this] { m_dateChosen = true; });
    connect(m_preview, &QPushButton::clicked, this, &StandardsTab::previewRequested);
    connect(m_print, &QPushButton::clicked, this, &StandardsTab::printRequested);
    connect(m_pdf, &QPushButton::clicked, this, &StandardsTab::pdfRequested);
}

QToolButton *StandardsTab::ratingButton(const QString &item, StandardsRating rating) const
{
    return m_table->findChild<QToolButton *>(item + QLatin1Char('-') +
                                             StandardsRatings::key(rating));
}

void StandardsTab::show(qint64 mentorId, const std::optional<StandardsProfile> &profile,
                        QDate today)
{
    m_mentorId = mentorId;
    m_profile = profile;
    m_date->setMaximumDate(today);
    if (!m_dateChosen || m_date->date() > today) {
        QSignalBlocker block(m_date);
        m_date->setDate(today);
    }
    setEnabled(mentorId > 0);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString code = m_table->item(r, 0)->data(ItemRole).toString();
        if (code.isEmpty())
            continue;
        const auto latest = profile ? profile->latest(code) : std::nullopt;
        for (StandardsRating rating : kRatings) {
            QToolButton *b = ratingButton(code, rating);
            const bool on = latest && latest->rating == rating;
            b->setChecked(on);
            QFont f = b->font();
            f.setBold(on);
            b->setFont(f);
            b->setStyleSheet(on ? QStringLiteral("QToolButton { background: %1; }")
                                      .arg(ratingFill(rating, palette()).name())
                                : QString());
        }
        m_table->item(r, 3)->setText(latest ? Dates::uk(latest->date) : QString());
        m_table->item(r, 3)->setToolTip(latest ? latest->note : QString());
    }
    m_plan->clear();
    if (!profile || profile->isEmpty()) {
        m_counts->setText(tr("Not yet assessed. Click Red, Amber or Green beside each item: red "
                             "if the mentor will not meet it without support, amber if they "
                             "might need support, green if they meet it. This is the mentor's "
                             "own view, for their development; it is not an assessment."));
    } else {
        m_counts->setText(tr("Last assessed %1: red %2, amber %3, green %4, not rated %5. The "
                             "mentor's own view, for their development; not an assessment.")
                              .arg(Dates::uk(profile->lastAssessed()))
                              .arg(profile->count(StandardsRating::Red))
                              .arg(profile->count(StandardsRating::Amber))
                              .arg(profile->count(StandardsRating::Green))
                              .arg(profile->notRated()));
        for (const SupportNeed &n : profile->supportPlan()) {
            QString text =
                tr("%1 %2: %3")
                    .arg(StandardsRatings::displayName(n.latest.rating), n.item.code, n.item.text);
            if (!n.latest.note.isEmpty())
                text += QLatin1Char('\n') + tr("Note: %1").arg(n.latest.note);
            auto *row = new QListWidgetItem(text, m_plan);
            row->setBackground(ratingFill(n.latest.rating, palette()));
        }
        if (m_plan->count() == 0)
            new QListWidgetItem(tr("No item is rated red or amber: no support is needed at "
                                   "present."),
                                m_plan);
    }
    showHistory();
}

void StandardsTab::showHistory()
{
    m_history->clear();
    const int r = m_table->currentRow();
    const QString code = r >= 0 ? m_table->item(r, 0)->data(ItemRole).toString() : QString();
    if (code.isEmpty() || !m_profile)
        return;
    for (const SelfAssessment &a : m_profile->history(code)) {
        QString text = tr("%1  %2").arg(Dates::uk(a.date), StandardsRatings::displayName(a.rating));
        if (!a.note.isEmpty())
            text += QStringLiteral(" · ") + a.note;
        new QListWidgetItem(text, m_history);
    }
    if (m_history->count() == 0)
        new QListWidgetItem(tr("%1 has not been rated yet.").arg(code), m_history);
}

} // namespace idesk::ui
