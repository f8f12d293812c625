#include "PairingsPage.h"

#include "models/PairingsModel.h"

#include "app/Heading.h"
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
    , m_proxy(new CurrentOnlyProxy(this))
    , m_showHistory(new QCheckBox(tr("Show &history (ended and replaced pairings)"), this))
    , m_table(new QTableView(this))
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
    m_table->setAccessibleName(tr("Mentor pairings"));
    m_showHistory->setAccessibleName(tr("Show pairing history"));

    auto *heading = makeHeading(tr("Pairings"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_showHistory);
    layout->addWidget(m_table);

    connect(m_showHistory, &QCheckBox::toggled, this, [this](bool on) {
        static_cast<CurrentOnlyProxy *>(m_proxy)->showHistory = on;
        static_cast<CurrentOnlyProxy *>(m_proxy)->refilter();
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_table,
            &QTableView::resizeColumnsToContents);
}

} // namespace idesk::ui
