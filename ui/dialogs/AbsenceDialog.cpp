#include "AbsenceDialog.h"

#include "application/AvailabilityUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/Workspace.h"
#include "compliance/FlagEngine.h"
#include "widgets/ProblemLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace idesk::ui {

AbsenceDialog::AbsenceDialog(Workspace &workspace, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_person(new QComboBox(this))
    , m_from(new QDateEdit(today, this))
    , m_to(new QDateEdit(today, this))
    , m_type(new QComboBox(this))
    , m_problem(new ProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_ws(workspace)
{
    setWindowTitle(tr("Record an absence"));
    if (auto people = PeopleUseCases(workspace).all()) {
        for (const Person &p : std::as_const(*people))
            m_person->addItem(p.displayName(), p.id);
    } else {
        m_read = people.error();
    }
    for (QDateEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        e->setCalendarPopup(true);
        connect(e, &QDateEdit::dateChanged, this, &AbsenceDialog::validate);
    }
    const QList<QPair<QString, QString>> types{
        {QStringLiteral("sickness"), tr("Sickness")},
        {QStringLiteral("training"), tr("Training or course")},
        {QStringLiteral("other"), tr("Other")},
        {QStringLiteral("maternity"), tr("Maternity leave (not counted)")},
        {QStringLiteral("paternity"), tr("Paternity leave (not counted)")},
        {QStringLiteral("adoption"), tr("Adoption leave (not counted)")},
        {QStringLiteral("shared-parental"), tr("Shared parental leave (not counted)")},
        {QStringLiteral("parental-bereavement"), tr("Parental bereavement leave (not counted)")},
        {QStringLiteral("carers"), tr("Carer's leave (not counted)")},
    };
    for (const auto &[key, label] : types)
        m_type->addItem(label, key);
    m_person->setAccessibleName(tr("Who"));
    m_type->setAccessibleName(tr("Type of absence"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Who:"), m_person);
    form->addRow(tr("&First day:"), m_from);
    form->addRow(tr("&Last day:"), m_to);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Absence AbsenceDialog::absence() const
{
    return {0,
            m_person->currentData().toLongLong(),
            {m_from->date(), m_to->date()},
            m_type->currentData().toString()};
}

void AbsenceDialog::validate()
{
    // Core's own answer, tried with nothing written: the rule is said once.
    auto change = AvailabilityUseCases(m_ws).addAbsence(absence());
    const Status s = m_person->count() == 0 ? Status(Error::invalid(tr("Nobody to choose")))
                     : change              ? m_ws.check(**change)
                                           : Status(change.error());
    m_problem->showProblem(s ? QString() : s.error().message);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(s.ok());
}

} // namespace idesk::ui
