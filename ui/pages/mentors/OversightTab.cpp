#include "OversightTab.h"

#include "util/Dates.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace idesk::ui {

namespace {
constexpr int LinkRole = Qt::UserRole + 1;
constexpr int MentorRole = Qt::UserRole + 2;
} // namespace

OversightTab::OversightTab(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_candidates(new QComboBox(this))
    , m_add(new QPushButton(tr("&Oversee"), this))
    , m_remove(new QPushButton(tr("&Stop overseeing"), this))
{
    m_intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels(
        {tr("General mentor"), tr("Standards"), tr("Training"), tr("Trainees' weekly time")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("General mentors overseen"));
    m_candidates->setAccessibleName(tr("Mentor to oversee"));
    m_candidates->setMinimumContentsLength(24);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_candidates);
    bar->addWidget(m_add);
    bar->addStretch(1);
    bar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(bar);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_leadId > 0 && m_candidates->currentData().toLongLong() > 0)
            emit addRequested(m_leadId, m_candidates->currentData().toLongLong());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r >= 0)
            emit removeRequested(m_table->item(r, 0)->data(LinkRole).toLongLong());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int r, int) {
        emit openMentorRequested(m_table->item(r, 0)->data(MentorRole).toLongLong());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
}

void OversightTab::show(qint64 leadId, const std::optional<QList<OverseenMentor>> &overseen,
                        const QList<QPair<qint64, QString>> &candidates)
{
    m_leadId = leadId;
    m_table->setRowCount(0);
    m_remove->setEnabled(false);
    QSet<qint64> already;
    if (overseen) {
        for (const OverseenMentor &o : *overseen) {
            already.insert(o.mentor.id);
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            QString standards = o.lastAssessed.isValid()
                                    ? tr("Red %1 · Amber %2 · Green %3 · not rated %4 (last %5)")
                                          .arg(o.red)
                                          .arg(o.amber)
                                          .arg(o.green)
                                          .arg(o.notRated)
                                          .arg(Dates::uk(o.lastAssessed))
                                    : tr("Not yet assessed");
            if (!o.supportPlan.isEmpty())
                standards += QLatin1Char('\n') +
                             tr("Support plan: %1").arg(o.supportPlan.join(QStringLiteral(", ")));
            QStringList training;
            bool behind = false;
            for (const ProgrammePace &p : o.programmes) {
                training.append(tr("%1: %2 of %3 h (%4 expected)%5")
                                    .arg(TrainingPace::programmeName(p.programme.programme))
                                    .arg(p.done)
                                    .arg(p.hours)
                                    .arg(p.expected, 0, 'f', 1)
                                    .arg(p.behind ? tr(", behind") : QString()));
                behind = behind || p.behind;
            }
            QStringList trainees;
            for (const TraineeTime &t : o.trainees)
                trainees.append(t.weeksJudged == 0
                                    ? tr("%1: no weeks over yet").arg(t.traineeName)
                                    : tr("%1: %2 of %n week(s) under %3 min; last week %4 min",
                                         nullptr, t.weeksJudged)
                                          .arg(t.traineeName)
                                          .arg(t.weeksShort)
                                          .arg(t.requiredMinutes)
                                          .arg(t.lastWeekMinutes));
            auto *name = new QTableWidgetItem(o.mentor.displayName());
            name->setData(LinkRole, o.link.id);
            name->setData(MentorRole, o.mentor.id);
            name->setToolTip(tr("Double-click to open this mentor"));
            m_table->setItem(r, 0, name);
            m_table->setItem(r, 1, new QTableWidgetItem(standards));
            m_table->setItem(r, 2,
                             new QTableWidgetItem(training.isEmpty()
                                                      ? tr("No programme yet")
                                                      : training.join(QLatin1Char('\n'))));
            m_table->setItem(r, 3,
                             new QTableWidgetItem(trainees.isEmpty()
                                                      ? tr("No trainee at present")
                                                      : trainees.join(QLatin1Char('\n'))));
            if (behind) {
                QFont bold = m_table->item(r, 2)->font();
                bold.setBold(true);
                m_table->item(r, 2)->setFont(bold);
            }
        }
    }
    m_candidates->clear();
    for (const auto &[id, name] : candidates) {
        if (id != leadId && !already.contains(id))
            m_candidates->addItem(name, id);
    }
    m_add->setEnabled(m_candidates->count() > 0);
    m_intro->setText(overseen && !overseen->isEmpty()
                         ? tr("The general mentors this lead mentor oversees: their own "
                              "standards self-assessment, their training against its pace, and "
                              "their trainees' weekly mentoring time.")
                         : tr("This lead mentor oversees no general mentors yet: choose one "
                              "below and click Oversee."));
}

} // namespace idesk::ui
