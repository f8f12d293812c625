#include "NewMenteeDialog.h"

#include "application/PeopleUseCases.h"
#include "widgets/PersonFields.h"
#include "widgets/ProblemLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace idesk::ui {

NewMenteeDialog::NewMenteeDialog(Workspace &workspace, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_who(new QComboBox(this))
    , m_fields(new PersonFields(workspace, this))
    , m_problem(new ProblemLabel(this))
{
    setWindowTitle(title);
    m_who->addItem(tr("A new person (not on the staff list yet)"), 0);
    if (auto people = PeopleUseCases(workspace).all()) {
        m_staff = *people;
        for (const auto &p : std::as_const(m_staff)) {
            m_who->addItem(p.staffCode.isEmpty()
                               ? p.displayName()
                               : QStringLiteral("%1 (%2)").arg(p.displayName(), p.staffCode),
                           p.id);
        }
    } else {
        m_read = people.error();
    }

    m_who->setAccessibleName(tr("Who"));
}

void NewMenteeDialog::finish(QWidget *details)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    auto *who = new QFormLayout;
    who->addRow(tr("Wh&o:"), m_who);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_fields, 1);
    columns->addWidget(details, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(who);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewMenteeDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &PersonFields::changed, this, &NewMenteeDialog::updateSave);
    connect(m_who, &QComboBox::currentIndexChanged, this, [this] {
        m_fields->setEnabled(isNewPerson());
        if (!isNewPerson())
            m_fields->setPerson(chosenPerson());
        else
            m_fields->setPerson(Person{});
        m_problem->hide();
        personChanged();
        updateSave();
    });
    updateSave();
}

bool NewMenteeDialog::isNewPerson() const
{
    return m_who->currentData().toLongLong() == 0;
}

Person NewMenteeDialog::chosenPerson() const
{
    const qint64 id = m_who->currentData().toLongLong();
    for (const auto &p : m_staff) {
        if (p.id == id)
            return p;
    }
    return m_fields->person();
}

void NewMenteeDialog::chooseExisting(qint64 personId)
{
    m_who->setCurrentIndex(std::max(0, m_who->findData(personId)));
}

void NewMenteeDialog::updateSave()
{
    if (m_save)
        m_save->setEnabled(!isNewPerson() || m_fields->isValid());
}

void NewMenteeDialog::trySave()
{
    const Status s = trial();
    if (!s) {
        m_problem->showProblem(s.error().message);
        return;
    }
    accept();
}

QLabel *NewMenteeDialog::problemLabel() const
{
    return m_problem;
}

} // namespace idesk::ui
