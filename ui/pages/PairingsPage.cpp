#include "PairingsPage.h"

#include "models/PairingsModel.h"
#include "widgets/BackgroundRead.h"

#include "style/Heading.h"
#include <QCheckBox>
#include <QHeaderView>

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace idesk::ui {

namespace {
class CurrentOnlyProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool showHistory = false;
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (showHistory)
            return true;
        return sourceModel()->index(row, 0, parent).data(PairingsModel::IsCurrentRole).toBool();
    }
};
} // namespace

PairingsPage::PairingsPage(PairingsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_read(new BackgroundRead(this))
    , m_proxy(new CurrentOnlyProxy(this))
    , m_showHistory(new QCheckBox(tr("Show histor&y (ended and replaced pairings)"), this))
    , m_table(new QTableView(this))
    , m_menteeHistory(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(PairingsModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PairingsModel::MenteeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit the first rows, not every one of a trust's thousands.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setAccessibleName(tr("Mentor pairings"));
    m_showHistory->setAccessibleName(tr("Show pairing history"));

    auto *heading = makeHeading(tr("Pairings"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_showHistory);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_menteeHistory);
    m_menteeHistory->setWordWrap(true);
    m_menteeHistory->setTextFormat(Qt::PlainText);
    m_menteeHistory->setAccessibleName(tr("Pairing history of the selected mentee"));
    m_menteeHistory->setText(
        tr("Select a pairing to see the whole history of that mentee's mentors."));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PairingsPage::showMenteeHistory);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PairingsPage::showMenteeHistory);

    connect(m_showHistory, &QCheckBox::toggled, this, [this](bool on) {
        static_cast<CurrentOnlyProxy *>(m_proxy)->showHistory = on;
        static_cast<CurrentOnlyProxy *>(m_proxy)->refilter();
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_table,
            &QTableView::resizeColumnsToContents);
}

void PairingsPage::showMenteeHistory()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 mentee = current.data(PairingsModel::MenteeIdRole).toLongLong();
    QStringList lines;
    QString name;
    // Oldest first, from the whole model: the history includes ended pairings
    // even while the table shows only current ones.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row, 0);
        if (i.data(PairingsModel::MenteeIdRole).toLongLong() != mentee)
            continue;
        name = m_model->index(row, PairingsModel::MenteeColumn).data().toString();
        const QString to = m_model->index(row, PairingsModel::ToColumn).data().toString();
        const QString note = m_model->index(row, PairingsModel::NoteColumn).data().toString();
        QString line =
            tr("%1 %2: %3, from %4")
                .arg(m_model->index(row, PairingsModel::KindColumn).data().toString(), tr("mentor"),
                     m_model->index(row, PairingsModel::MentorColumn).data().toString(),
                     m_model->index(row, PairingsModel::FromColumn).data().toString());
        if (!to.isEmpty())
            line += tr(" to %1").arg(to);
        if (!note.isEmpty())
            line += QStringLiteral(" (%1)").arg(note);
        lines.append(QStringLiteral("• ") + line);
    }
    m_menteeHistory->setText(tr("History of %1:").arg(name) + QLatin1Char('\n') +
                             lines.join(QLatin1Char('\n')));
}

void PairingsPage::failed(const QString &why)
{
    m_menteeHistory->setText(tr("The pairings could not be read: %1").arg(why));
}

void PairingsPage::reloadInBackground(Workspace *workspace)
{
    m_model->setWorkspace(workspace);
    if (!workspace) {
        m_read->forget();
        PairingsModel::Data none;
        m_model->show(none);
        return;
    }
    m_read->start<PairingsModel::Data>(
        *workspace, &PairingsModel::read,
        [this](PairingsModel::Data &d) {
            if (d.error.isEmpty())
                m_model->show(d);
            else
                failed(d.error);
        },
        [this](const QString &why) { failed(why); });
}

} // namespace idesk::ui
