#include "AddTraineeDialog.h"

#include "application/PeopleUseCases.h"
#include "application/Workspace.h"
#include "widgets/PersonFields.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>

namespace idesk::ui {

AddTraineeDialog::AddTraineeDialog(Workspace &workspace, QDate today, QWidget *parent)
    : NewMenteeDialog(workspace, tr("Add Trainee"), parent)
    , m_provider(new QLineEdit(this))
    , m_from(new QDateEdit(today, this))
    , m_to(new QDateEdit(today.addDays(7 * 10 - 3), this))
{
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setCalendarPopup(true);
    }
    m_provider->setPlaceholderText(tr("the ITT provider, e.g. a university or SCITT"));
    auto *box = new QGroupBox(tr("Placement"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("ITT &provider:"), m_provider);
    form->addRow(tr("First da&y:"), m_from);
    form->addRow(tr("Last d&ay:"), m_to);
    m_provider->setAccessibleName(tr("ITT provider"));
    m_from->setAccessibleName(tr("Placement first day"));
    m_to->setAccessibleName(tr("Placement last day"));
    finish(box);
}

NewTrainee AddTraineeDialog::result() const
{
    NewTrainee n;
    n.newPerson = isNewPerson();
    n.person = chosenPerson();
    n.placement.provider = m_provider->text().trimmed();
    n.placement.period = {m_from->date(), m_to->date()};
    if (n.newPerson && !n.person.employmentStart.isValid())
        n.person.employmentStart = m_from->date(); // in school from the placement's first day
    return n;
}

Status AddTraineeDialog::trial()
{
    auto change = PeopleUseCases(m_ws).addTrainee(result());
    return change ? m_ws.check(**change) : Status(change.error());
}

} // namespace idesk::ui
