#include "BackupsDialog.h"

#include "application/BackupUseCases.h"
#include "application/Workspace.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace idesk::ui {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
}

BackupsDialog::BackupsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_where(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_keep(new QSpinBox(this))
    , m_backUp(new QPushButton(tr("Back Up &Now"), this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Backups"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setHeaderLabels({tr("Made"), tr("Kind"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Backups"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_keep->setRange(1, 1000);
    m_keep->setValue(BackupUseCases(m_ws).keep());
    m_keep->setAccessibleName(tr("Backups kept"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_problem->hide();

    auto *showFolder = new QPushButton(tr("Show &Folder"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_backUp, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(showFolder, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backUp, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            emit restoreRequested(item->data(0, PathRole).toString());
    });
    connect(showFolder, &QPushButton::clicked, this, [this] {
        QDir().mkpath(BackupUseCases(m_ws).folder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(BackupUseCases(m_ws).folder()));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &BackupsDialog::updateButtons);
    connect(m_keep, &QSpinBox::editingFinished, this, [this] { keepChanged(m_keep->value()); });

    auto *keepRow = new QHBoxLayout;
    auto *keepLabel = new QLabel(tr("&Keep the newest"), this);
    keepLabel->setBuddy(m_keep);
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keep);
    keepRow->addWidget(new QLabel(tr("backups; older ones are removed."), this), 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addWidget(m_list, 1);
    layout->addLayout(keepRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, 420);
    refresh();
}

void BackupsDialog::refresh()
{
    BackupUseCases backups(m_ws);
    m_where->setText(
        tr("A whole copy of %1 is made the first time it is opened each day, before large imports "
           "and upgrades, and when you choose Back Up Now. They are kept in %2.")
            .arg(QDir::toNativeSeparators(m_ws.path()),
                 QDir::toNativeSeparators(backups.folder())));
    m_list->clear();
    const QLocale locale;
    for (const BackupFile &b : backups.list()) {
        auto *item = new QTreeWidgetItem(
            m_list, {b.made.toString(QStringLiteral("ddd dd/MM/yyyy HH:mm")),
                     BackupUseCases::kindName(b.kind), locale.formattedDataSize(b.bytes)});
        item->setData(0, PathRole, b.path);
        item->setToolTip(0, QDir::toNativeSeparators(b.path));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void BackupsDialog::backUpNow()
{
    auto made = BackupUseCases(m_ws).create();
    if (!made) {
        m_problem->setText(made.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    refresh();
}

void BackupsDialog::keepChanged(int keep)
{
    if (keep == BackupUseCases(m_ws).keep())
        return;
    if (auto s = BackupUseCases(m_ws).setKeep(keep); !s) {
        m_problem->setText(s.error().message);
        m_problem->show();
        return;
    }
    refresh();
}

void BackupsDialog::updateButtons()
{
    m_restore->setEnabled(m_list->currentItem() != nullptr);
    m_backUp->setEnabled(m_ws.damage().isEmpty());
}

} // namespace idesk::ui
