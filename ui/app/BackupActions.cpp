#include "BackupActions.h"

#include "app/ActionHost.h"
#include "application/BackupUseCases.h"
#include "application/Workspace.h"
#include "dialogs/BackupsDialog.h"
#include "util/TaskRunner.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace idesk::ui {

BackupActions::BackupActions(ActionHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_runner(new TaskRunner(this))
{}

void BackupActions::showBackups()
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    auto *dialog = new BackupsDialog(*ws, m_host.dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupsDialog::restoreRequested, this, [this, dialog](const QString &file) {
        dialog->close();
        restore(file);
    });
    connect(dialog, &QDialog::finished, this, &BackupActions::backupsChanged);
    m_host.showDialog(dialog);
}

void BackupActions::backUpDailyInBackground()
{
    Workspace *ws = m_host.workspace();
    if (!ws || !ws->damage().isEmpty())
        return;
    m_runner->abandon(); // the day's backup of a database since closed
    auto opener = ws->workerOpener();
    auto error = std::make_shared<QString>();
    auto made = std::make_shared<bool>(false);
    m_runner->start(
        [opener, error, made](const TaskControl &) {
            const FixedClock clock(QDate::currentDate());
            auto worker = opener(clock);
            if (!worker) {
                *error = worker.error().message;
                return;
            }
            auto daily = BackupUseCases(**worker).dailyIfDue();
            if (!daily)
                *error = daily.error().message;
            else
                *made = daily->has_value();
        },
        [this, error, made] {
            if (!error->isEmpty())
                m_host.showMessage(tr("The day's backup was not made: %1").arg(*error), 15000);
            else if (*made)
                emit backupsChanged();
        });
}

void BackupActions::showLastBackup(QLabel *label) const
{
    const Workspace *ws = m_host.workspace();
    const QDateTime backup = ws ? ws->lastBackupTime() : QDateTime();
    label->setText(
        backup.isValid()
            ? tr("Last backup: %1").arg(backup.toString(QStringLiteral("dd/MM/yyyy HH:mm")))
            : tr("Last backup: none yet"));
    label->setToolTip(ws ? QDir::toNativeSeparators(ws->lastBackupPath()) : QString());
    label->setMinimumWidth(label->sizeHint().width());
}

void BackupActions::waitForDailyBackup()
{
    m_runner->wait();
}

void BackupActions::offerRestoreOfDamaged()
{
    Workspace *ws = m_host.workspace();
    if (!ws || ws->damage().isEmpty())
        return;
    const auto good = BackupUseCases::latestGood(ws->path());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Damaged database"), ws->damage(),
                                QMessageBox::NoButton, m_host.dialogParent());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("damagedDatabase"));
    QPushButton *restoreButton = nullptr;
    if (good)
        restoreButton =
            box->addButton(tr("&Restore the Latest Good Backup…"), QMessageBox::AcceptRole);
    box->addButton(good ? tr("&Only Read It") : tr("&Close"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::finished, this, [this, box, restoreButton, good] {
        if (good && box->clickedButton() == restoreButton)
            restore(good->path);
    });
    m_host.showDialog(box);
}

void BackupActions::restore(const QString &backup)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    const QString made = [&] {
        for (const BackupFile &b : BackupUseCases::listFor(ws->path()))
            if (QDir::cleanPath(b.path) == QDir::cleanPath(backup))
                return b.made.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        return QDir::toNativeSeparators(backup);
    }();
    auto *ask = new QMessageBox(
        QMessageBox::Question, tr("Restore a Backup"),
        tr("Replace %1 with the backup made %2?\n\nThe database as it is now is kept as a "
           "backup first, so you can go back to it. Changes made since the backup will no "
           "longer show.")
            .arg(QDir::toNativeSeparators(ws->path()), made),
        QMessageBox::Cancel, m_host.dialogParent());
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("confirmRestore"));
    QPushButton *yes = ask->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    ask->setDefaultButton(QMessageBox::Cancel);
    connect(ask, &QMessageBox::finished, this, [this, ask, yes, backup] {
        if (ask->clickedButton() != yes)
            return;
        m_runner->abandon();
        std::optional<RestoreDone> done;
        const Status s = m_host.closeWhile([&](const QString &path) -> Status {
            auto r = BackupUseCases::restore(path, backup);
            if (!r)
                return r.error();
            done = *r;
            return Status::success();
        });
        if (!s) {
            m_host.reportError(tr("Restore a Backup"), s.error());
            return;
        }
        if (done && done->keptFirst)
            m_host.showMessage(tr("Restored. The database as it was is kept in %1")
                                   .arg(QDir::toNativeSeparators(done->keptFirst->path)),
                               15000);
        emit backupsChanged();
    });
    m_host.showDialog(ask);
}

} // namespace idesk::ui
