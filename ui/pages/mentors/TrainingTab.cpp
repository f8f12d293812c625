#include "TrainingTab.h"

#include "util/Dates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace idesk::ui {

TrainingTab::TrainingTab(QWidget *parent)
    : QWidget(parent)
    , m_pace(new QGroupBox(tr("Against the programme's pace"), this))
    , m_paceLayout(new QVBoxLayout(m_pace))
    , m_table(new QTableWidget(0, 6, this))
    , m_total(new QLabel(this))
    , m_day(new QDateEdit(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_kind(new QComboBox(this))
    , m_event(new QComboBox(this))
    , m_attended(new QCheckBox(tr("Attended"), this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_remove->setToolTip(tr("Remove the selected entry (a mistake); Undo puts it back"));
    m_remove->setEnabled(false);
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Event"), tr("Hours"), tr("Attended"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Training record"));
    m_total->setWordWrap(true);
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_day->setCalendarPopup(true);
    m_day->setAccessibleName(tr("Date of the training"));
    m_hours->setRange(0.25, 40);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(1);
    m_hours->setSuffix(tr(" h"));
    m_hours->setAccessibleName(tr("Hours"));
    for (const QString &k : TrainingActivity::kinds())
        m_kind->addItem(TrainingPace::kindName(k), k);
    for (const QString &e : TrainingActivity::events())
        m_event->addItem(TrainingPace::eventName(e), e);
    m_kind->setAccessibleName(tr("Kind of training"));
    m_event->setAccessibleName(tr("Event"));
    m_attended->setChecked(true);
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_note->setAccessibleName(tr("Note"));

    auto *form = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_day), static_cast<QWidget *>(m_hours),
                       static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_event),
                       static_cast<QWidget *>(m_attended)})
        form->addWidget(w);
    form->addWidget(m_note, 1);
    form->addWidget(m_add);
    form->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pace);
    layout->addWidget(m_total);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_mentorId > 0)
            emit addRequested(draft());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r >= 0 && r < m_activities.size())
            emit removeRequested(m_activities.at(r));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
}

TrainingActivity TrainingTab::draft() const
{
    return {0,
            m_mentorId,
            m_day->date(),
            m_kind->currentData().toString(),
            m_event->currentData().toString(),
            m_hours->value(),
            m_attended->isChecked(),
            m_note->text().trimmed()};
}

void TrainingTab::setToday(QDate today)
{
    m_day->setDate(today);
}

void TrainingTab::show(qint64 mentorId, const std::optional<TrainingRecord> &record)
{
    m_mentorId = mentorId;
    setEnabled(mentorId > 0);
    m_table->setRowCount(0);
    m_activities = record ? record->activities : QList<TrainingActivity>();
    m_remove->setEnabled(false);
    while (QLayoutItem *item = m_paceLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!record) {
        m_total->clear();
        return;
    }
    for (const ProgrammePace &p : record->programmes) {
        auto *label = new QLabel(m_pace);
        label->setWordWrap(true);
        QString text = tr("<b>%1</b> from %2 (%3 rules): %4 of %5 hours over %n year(s), by "
                          "%6; %7 expected by now.",
                          nullptr, p.years)
                           .arg(TrainingPace::programmeName(p.programme.programme),
                                Dates::uk(p.programme.start), p.ruleSetYear)
                           .arg(p.done)
                           .arg(p.hours)
                           .arg(Dates::uk(p.due))
                           .arg(p.expected, 0, 'f', 1);
        if (p.refresherPerYear > 0 && (p.refresherExpected > 0 || p.refresherDone > 0))
            text +=
                QLatin1Char(' ') + tr("Refresher this year: %1 of %2 hours, %3 expected by now.")
                                       .arg(p.refresherDone)
                                       .arg(p.refresherPerYear)
                                       .arg(p.refresherExpected, 0, 'f', 1);
        text += QLatin1Char(' ') + (p.behind ? tr("<b>Behind the pace.</b>") : tr("On pace."));
        label->setText(text);
        auto *bar = new QProgressBar(m_pace);
        bar->setRange(0, int(p.hours * 10));
        bar->setValue(int(std::min(p.done, p.hours) * 10));
        bar->setFormat(tr("%1 of %2 hours").arg(p.done).arg(p.hours));
        bar->setAccessibleName(TrainingPace::programmeName(p.programme.programme));
        m_paceLayout->addWidget(label);
        m_paceLayout->addWidget(bar);
    }
    if (record->programmes.isEmpty())
        m_paceLayout->addWidget(new QLabel(
            tr("No training programme yet: it starts with the mentor's first pairing (or, for "
               "a lead mentor, with the role)."),
            m_pace));

    for (const TrainingActivity &a : record->activities) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells{Dates::uk(a.day),
                                TrainingPace::kindName(a.kind),
                                TrainingPace::eventName(a.event),
                                QString::number(a.hours),
                                a.attended ? tr("Yes") : tr("No"),
                                a.note};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    QStringList byKind;
    for (auto it = record->hoursByKind.cbegin(); it != record->hoursByKind.cend(); ++it)
        byKind.append(tr("%1 %2 h").arg(TrainingPace::kindName(it.key())).arg(it.value()));
    m_total->setText(tr("%1 hours attended in all (%2); %n event(s) attended, %3 missed.", nullptr,
                        record->eventsAttended)
                         .arg(record->attendedHours())
                         .arg(byKind.isEmpty() ? tr("none yet") : byKind.join(QStringLiteral(", ")))
                         .arg(record->eventsMissed));
}

} // namespace idesk::ui
