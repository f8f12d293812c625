#include "ActionStepsTab.h"

#include "util/Dates.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace idesk::ui {

namespace {
constexpr int SessionRole = Qt::UserRole + 1;
constexpr int kStepColumn = 2;
constexpr int kPractisedColumn = 3;
} // namespace

ActionStepsTab::ActionStepsTab(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
{
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("<b>Developmental, not assessment.</b> Each coaching meeting agrees one action step "
           "with the mentee; the next meeting starts by asking whether it was practised. "
           "Double-click a step to change it."));
    m_table->setHorizontalHeaderLabels(
        {tr("Meeting"), tr("Mentee"), tr("Action step agreed"), tr("Practised?")});
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(kStepColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Action steps"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != kStepColumn)
            return;
        // Core refuses a step that is too long, naming the limit; the table is
        // then read again, so nothing typed is kept cut short.
        emit stepEdited(item->data(SessionRole).toLongLong(), item->text());
    });
}

void ActionStepsTab::show(qint64 mentorId, const std::optional<QList<ActionStepEntry>> &steps)
{
    m_filling = true;
    setEnabled(mentorId > 0);
    m_table->setRowCount(0);
    if (steps) {
        for (const ActionStepEntry &e : *steps) {
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            auto *when = new QTableWidgetItem(Dates::uk(e.session.day));
            when->setFlags(when->flags() & ~Qt::ItemIsEditable);
            auto *who = new QTableWidgetItem(e.menteeName);
            who->setFlags(who->flags() & ~Qt::ItemIsEditable);
            auto *step = new QTableWidgetItem(e.session.actionStep);
            step->setData(SessionRole, e.session.id);
            if (e.session.actionStep.isEmpty())
                step->setToolTip(tr("No step recorded: double-click to add the one agreed."));
            m_table->setItem(r, 0, when);
            m_table->setItem(r, 1, who);
            m_table->setItem(r, kStepColumn, step);
            auto *practised = new QComboBox(m_table);
            practised->addItem(tr("Not yet asked"), -1);
            practised->addItem(tr("Yes"), 1);
            practised->addItem(tr("No"), 0);
            practised->setAccessibleName(tr("Practised? (%1)").arg(Dates::uk(e.session.day)));
            practised->setCurrentIndex(practised->findData(
                e.session.actionPractised ? int(*e.session.actionPractised) : -1));
            practised->setEnabled(!e.session.actionStep.isEmpty());
            connect(practised, &QComboBox::activated, this, [this, practised, id = e.session.id] {
                emit practisedChanged(id, practised->currentData().toInt());
            });
            m_table->setCellWidget(r, kPractisedColumn, practised);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(kPractisedColumn);
    m_filling = false;
}

} // namespace idesk::ui
