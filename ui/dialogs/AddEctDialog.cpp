#include "AddEctDialog.h"

#include "application/PeopleUseCases.h"
#include "application/SchoolUseCases.h"
#include "application/Workspace.h"
#include "policy/RuleSetRegistry.h"
#include "widgets/PersonFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>

namespace idesk::ui {

AddEctDialog::AddEctDialog(Workspace &workspace, QDate today, QWidget *parent)
    : NewMenteeDialog(workspace, tr("Add ECT"), parent)
    , m_start(new QDateEdit(today, this))
    , m_fte(new QDoubleSpinBox(this))
    , m_route(new QComboBox(this))
    , m_body(new QLineEdit(this))
    , m_prior(new QDoubleSpinBox(this))
    , m_reduced(new QCheckBox(tr("Reduced by the appropriate body to"), this))
    , m_reducedTo(new QDoubleSpinBox(this))
{
    m_start->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_start->setCalendarPopup(true);
    m_fte->setRange(0.1, 1.0);
    m_fte->setSingleStep(0.1);
    m_fte->setValue(1.0);
    m_prior->setRange(0.0, 5.5);
    m_prior->setSingleStep(0.5);
    m_prior->setSuffix(tr(" terms"));
    m_reducedTo->setRange(1.0, 6.0);
    m_reducedTo->setSingleStep(0.5);
    m_reducedTo->setValue(3.0);
    m_reducedTo->setSuffix(tr(" terms"));
    m_reducedTo->setEnabled(false);
    m_body->setPlaceholderText(tr("e.g. the teaching school hub"));

    auto *box = new QGroupBox(tr("Induction"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Induction st&arts:"), m_start);
    form->addRow(tr("Ind&uction FTE:"), m_fte);
    form->addRow(tr("&Programme route:"), m_route);
    form->addRow(tr("Appropriate &body:"), m_body);
    form->addRow(tr("Terms alread&y served:"), m_prior);
    form->addRow(m_reduced, m_reducedTo);
    auto *note = new QLabel(tr("Induction is six terms full time, pro rata for part time. Terms "
                               "already served apply to inductions begun before September 2021."),
                            box);
    note->setWordWrap(true);
    form->addRow(note);
    m_start->setAccessibleName(tr("Induction starts"));
    m_fte->setAccessibleName(tr("Induction FTE"));
    m_route->setAccessibleName(tr("Programme route"));
    m_body->setAccessibleName(tr("Appropriate body"));
    m_prior->setAccessibleName(tr("Terms already served"));
    m_reduced->setAccessibleName(tr("Induction reduced"));
    m_reducedTo->setAccessibleName(tr("Reduced to terms"));

    connect(m_start, &QDateEdit::dateChanged, this, &AddEctDialog::fillRoutes);
    connect(m_reduced, &QCheckBox::toggled, m_reducedTo, &QWidget::setEnabled);
    // A new ECT holds QTS by definition: start the form that way.
    fields()->setPerson([] {
        Person p;
        p.qts = true;
        return p;
    }());
    fillRoutes();
    finish(box);
}

void AddEctDialog::fillRoutes()
{
    // The routes on offer depend on the year the induction starts.
    const QString current = m_route->currentData().toString();
    m_route->clear();
    const RuleSetRegistry rules = SchoolUseCases(m_ws).ruleSets();
    for (const QString &key : rules.forDate(m_start->date()).programmeRoutes) {
        if (const auto route = Induction::routeFromKey(key))
            m_route->addItem(Induction::routeName(*route), key);
    }
    m_route->setCurrentIndex(std::max(0, m_route->findData(current)));
}

void AddEctDialog::personChanged()
{
    if (!isNewPerson())
        m_fte->setValue(chosenPerson().fte);
}

NewEct AddEctDialog::result() const
{
    NewEct n;
    n.newPerson = isNewPerson();
    n.person = chosenPerson();
    n.induction.start = m_start->date();
    n.induction.fte = m_fte->value();
    n.induction.route = Induction::routeFromKey(m_route->currentData().toString());
    n.induction.appropriateBody = m_body->text().trimmed();
    n.induction.priorTerms = m_prior->value();
    if (m_reduced->isChecked())
        n.induction.reducedTo = m_reducedTo->value();
    if (n.newPerson && !n.person.employmentStart.isValid())
        n.person.employmentStart = n.induction.start; // they are on the staff from then at least
    return n;
}

Status AddEctDialog::trial()
{
    auto change = PeopleUseCases(m_ws).addEct(result());
    return change ? m_ws.check(**change) : Status(change.error());
}

} // namespace idesk::ui
