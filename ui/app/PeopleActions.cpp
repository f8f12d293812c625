#include "PeopleActions.h"

#include "app/ActionHost.h"
#include "application/AvailabilityUseCases.h"
#include "application/PairingUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/StaffImportUseCases.h"
#include "application/Workspace.h"
#include "dialogs/AbsenceDialog.h"
#include "dialogs/AddEctDialog.h"
#include "dialogs/AddTraineeDialog.h"
#include "dialogs/AssignMentorDialog.h"
#include "dialogs/BlockedTimeDialog.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/StaffImportWizard.h"
#include "settings/FileChooser.h"

#include <QCheckBox>

namespace idesk::ui {

namespace {
// A dialog that could not read what it shows is not opened; the reason is.
template<typename Dialog>
bool readable(ActionHost &host, Dialog *dialog, const QString &title)
{
    if (dialog->readStatus())
        return true;
    host.reportError(title, dialog->readStatus().error());
    delete dialog;
    return false;
}
} // namespace

PeopleActions::PeopleActions(ActionHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{}

void PeopleActions::assignMentor(qint64 replacingPairingId)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    auto *dialog = new AssignMentorDialog(*ws, ws->today(), m_host.dialogParent());
    if (!readable(m_host, dialog, tr("Assign Mentor")))
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (replacingPairingId > 0) {
        auto pairing = PairingUseCases(*ws).pairing(replacingPairingId);
        if (!pairing) {
            delete dialog;
            m_host.reportError(tr("Replace Mentor"), pairing.error());
            return;
        }
        dialog->setWindowTitle(tr("Replace Mentor"));
        dialog->setKind(pairing->kind);
        dialog->setMentee(pairing->menteeId);
        dialog->replaceBox()->setChecked(true);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, ws] {
        auto change = PairingUseCases(*ws).assign(dialog->request());
        m_host.push(tr("Assign Mentor"), change ? Result<ChangePtr>(ChangePtr(*change))
                                                : Result<ChangePtr>(change.error()));
    });
    m_host.showDialog(dialog);
}

void PeopleActions::addEct()
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    auto *dialog = new AddEctDialog(*ws, ws->today(), m_host.dialogParent());
    if (!readable(m_host, dialog, tr("Add ECT")))
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ws] {
        m_host.push(tr("Add ECT"), PeopleUseCases(*ws).addEct(dialog->result()));
    });
    m_host.showDialog(dialog);
}

void PeopleActions::addTrainee()
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    auto *dialog = new AddTraineeDialog(*ws, ws->today(), m_host.dialogParent());
    if (!readable(m_host, dialog, tr("Add Trainee")))
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ws] {
        m_host.push(tr("Add Trainee"), PeopleUseCases(*ws).addTrainee(dialog->result()));
    });
    m_host.showDialog(dialog);
}

void PeopleActions::editPerson(qint64 personId)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    auto person = PeopleUseCases(*ws).person(personId);
    if (!person) {
        m_host.reportError(tr("Edit Person"), person.error());
        return;
    }
    auto *dialog = new PersonDialog(*ws, *person, ws->today(), m_host.dialogParent());
    if (!readable(m_host, dialog, tr("Edit Person")))
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ws] {
        m_host.push(tr("Edit Person"), PeopleUseCases(*ws).edit(dialog->edit()));
    });
    m_host.showDialog(dialog);
}

void PeopleActions::recordAbsence()
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    auto *dialog = new AbsenceDialog(*ws, ws->today(), m_host.dialogParent());
    if (!readable(m_host, dialog, tr("Record an absence")))
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ws] {
        m_host.push(tr("Record an absence"),
                    AvailabilityUseCases(*ws).addAbsence(dialog->absence()));
    });
    m_host.showDialog(dialog);
}

void PeopleActions::blockTime()
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    auto *dialog = new BlockedTimeDialog(*ws, ws->today(), m_host.dialogParent());
    if (!readable(m_host, dialog, tr("Block Time")))
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BlockedTimeDialog::removeRequested, this,
            [this, ws, dialog](const BlockedTime &blocked) {
                m_host.push(tr("Unblock"), AvailabilityUseCases(*ws).unblock(blocked));
                dialog->refresh();
            });
    connect(dialog, &QDialog::accepted, this, [this, ws, dialog] {
        m_host.push(tr("Block Time"), AvailabilityUseCases(*ws).block(dialog->blockedTime()));
    });
    m_host.showDialog(dialog);
}

void PeopleActions::importStaffList(const QString &path)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    auto *wizard = new StaffImportWizard(*ws, ws->today(), m_host.dialogParent());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setFileChooser(&m_host.files());
    if (!path.isEmpty())
        wizard->setFile(path);
    connect(wizard, &QDialog::accepted, this, [this, wizard, ws] {
        if (m_host.push(tr("Import staff list"),
                        StaffImportUseCases(*ws).apply(wizard->plan(), wizard->markedAsLeft(),
                                                       wizard->leftOn())))
            emit staffImported();
    });
    m_host.showDialog(wizard);
}

} // namespace idesk::ui
