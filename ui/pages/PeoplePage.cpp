#include "PeoplePage.h"

#include "domain/Role.h"
#include "models/PeopleFilterModel.h"
#include "models/PeopleModel.h"
#include "widgets/BackgroundRead.h"

#include "style/Heading.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace idesk::ui {

PeoplePage::PeoplePage(PeopleModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_read(new BackgroundRead(this))
    , m_filter(new PeopleFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_filter->setSourceModel(model);

    m_search->setPlaceholderText(tr("Search by name, staff code, TRN or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search people"));
    m_role->addItem(tr("Everyone"), QString());
    for (const auto r : Roles::all())
        m_role->addItem(Roles::displayName(r), Roles::key(r));
    m_role->setAccessibleName(tr("Filter by role"));

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PeopleModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit the first rows, not every one of a trust's thousands.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setAccessibleName(tr("People"));
    m_table->setWordWrap(false);

    auto *heading = makeHeading(tr("People"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    bar->addWidget(new QLabel(tr("Role:"), this));
    bar->addWidget(m_role, 1);
    bar->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRoleKey(m_role->currentData().toString());
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        updateCount();
    });
    setTabOrder(m_search, m_role);
    setTabOrder(m_role, m_table);
    updateCount();
}

void PeoplePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PeoplePage::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

void PeoplePage::failed(const QString &why)
{
    m_count->setText(tr("The staff could not be read: %1").arg(why));
}

void PeoplePage::reloadInBackground(Workspace *workspace)
{
    m_model->setWorkspace(workspace);
    if (!workspace) {
        m_read->forget();
        PeopleModel::Data none;
        m_model->show(none);
        return;
    }
    m_read->start<PeopleModel::Data>(
        *workspace, &PeopleModel::read,
        [this](PeopleModel::Data &d) {
            if (d.error.isEmpty())
                m_model->show(d);
            else
                failed(d.error);
        },
        [this](const QString &why) { failed(why); });
}

} // namespace idesk::ui
