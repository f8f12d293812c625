#include "PersonDialog.h"

#include "application/PeopleUseCases.h"
#include "application/Workspace.h"
#include "util/Dates.h"
#include "widgets/PersonFields.h"
#include "widgets/ProblemLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace idesk::ui {

PersonDialog::PersonDialog(Workspace &workspace, const Person &person, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_before(person)
    , m_fields(new PersonFields(workspace, this))
    , m_roles(new QTableWidget(0, 3, this))
    , m_newRole(new QComboBox(this))
    , m_newFrom(new QDateEdit(today, this))
    , m_endOn(new QDateEdit(today, this))
    , m_problem(new ProblemLabel(this))
{
    setWindowTitle(tr("Edit %1").arg(person.displayName()));
    m_fields->setPerson(person);
    if (auto roles = PeopleUseCases(workspace).rolesOf(person.id))
        m_existing = *roles;
    else
        m_read = roles.error();

    m_roles->setHorizontalHeaderLabels({tr("Role"), tr("From"), tr("To")});
    m_roles->horizontalHeader()->setStretchLastSection(true);
    m_roles->verticalHeader()->hide();
    m_roles->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roles->setAccessibleName(tr("Roles over time"));
    for (const auto r : Roles::all())
        m_newRole->addItem(Roles::displayName(r), Roles::key(r));
    m_newRole->setAccessibleName(tr("Role to add"));
    for (QDateEdit *d : {m_newFrom, m_endOn}) {
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setCalendarPopup(true);
    }
    m_newFrom->setAccessibleName(tr("Role starts on"));
    m_endOn->setAccessibleName(tr("Role ends on"));

    auto *addButton = new QPushButton(tr("&Add Role"), this);
    auto *endButton = new QPushButton(tr("End Sele&cted Role"), this);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newRole, 1);
    addRow->addWidget(new QLabel(tr("from"), this));
    addRow->addWidget(m_newFrom);
    addRow->addWidget(addButton);
    auto *endRow = new QHBoxLayout;
    endRow->addStretch();
    endRow->addWidget(new QLabel(tr("last day"), this));
    endRow->addWidget(m_endOn);
    endRow->addWidget(endButton);

    auto *rolesBox = new QGroupBox(tr("Roles over time"), this);
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->addWidget(m_roles);
    rolesLayout->addLayout(addRow);
    rolesLayout->addLayout(endRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_fields, 1);
    columns->addWidget(rolesBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(addButton, &QPushButton::clicked, this, [this] {
        addRole(*Roles::fromKey(m_newRole->currentData().toString()), m_newFrom->date());
    });
    connect(endButton, &QPushButton::clicked, this, [this] { endSelectedRole(m_endOn->date()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &PersonFields::changed, this,
            [this] { m_save->setEnabled(m_fields->isValid()); });
    m_save->setEnabled(m_fields->isValid());
    fillRoles();
}

void PersonDialog::fillRoles()
{
    m_roles->setRowCount(0);
    auto addLine = [this](const RoleTenure &t, QDate to, const QString &note, qint64 key) {
        const int row = m_roles->rowCount();
        m_roles->insertRow(row);
        auto *role = new QTableWidgetItem(Roles::displayName(t.role) + note);
        role->setData(Qt::UserRole, key);
        m_roles->setItem(row, 0, role);
        m_roles->setItem(row, 1, new QTableWidgetItem(Dates::uk(t.period.from)));
        m_roles->setItem(row, 2,
                         new QTableWidgetItem(to.isValid() ? Dates::uk(to) : tr("current")));
    };
    for (const auto &t : std::as_const(m_existing)) {
        QDate to = t.period.to;
        QString note;
        for (const auto &e : std::as_const(m_ended)) {
            if (e.tenureId == t.id) {
                to = e.newTo;
                note = tr(" (ending)");
            }
        }
        addLine(t, to, note, t.id);
    }
    for (int i = 0; i < m_added.size(); ++i)
        addLine(m_added.at(i), m_added.at(i).period.to, tr(" (new)"), -(i + 1));
    m_roles->resizeColumnsToContents();
}

void PersonDialog::addRole(Role role, QDate from)
{
    m_added.append({0, m_before.id, role, {from, {}}});
    fillRoles();
}

void PersonDialog::endSelectedRole(QDate to)
{
    const int row = m_roles->currentRow();
    if (row < 0)
        return;
    const qint64 key = m_roles->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (key < 0) {
        m_added[-key - 1].period.to = to; // a role added in this dialog
    } else {
        for (const auto &t : std::as_const(m_existing)) {
            if (t.id != key)
                continue;
            m_ended.erase(std::remove_if(m_ended.begin(), m_ended.end(),
                                         [&](const RoleEnding &e) { return e.tenureId == key; }),
                          m_ended.end());
            m_ended.append({key, to, t.period.to});
        }
    }
    fillRoles();
}

PersonEdit PersonDialog::edit() const
{
    PersonEdit e;
    e.before = m_before;
    e.after = m_fields->person();
    e.after.id = m_before.id;
    e.added = m_added;
    e.ended = m_ended;
    return e;
}

void PersonDialog::trySave()
{
    for (const auto &e : std::as_const(m_ended)) {
        for (const auto &t : std::as_const(m_existing)) {
            if (t.id == e.tenureId && e.newTo < t.period.from) {
                m_problem->showProblem(
                    tr("A role cannot end before it starts (%1 from %2)")
                        .arg(Roles::displayName(t.role), Dates::uk(t.period.from)));
                return;
            }
        }
    }
    auto change = PeopleUseCases(m_ws).edit(edit());
    const Status s = change ? m_ws.check(**change) : Status(change.error());
    if (!s) {
        m_problem->showProblem(s.error().message);
        return;
    }
    accept();
}

QLabel *PersonDialog::problemLabel() const
{
    return m_problem;
}

} // namespace idesk::ui
