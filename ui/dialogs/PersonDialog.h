#pragma once

#include "application/PersonEdits.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

class PersonFields;
class ProblemLabel;

// Edits a person: every field, and the roles they hold over time. Nothing is
// written until Save, which first tries the whole edit and shows any refusal.
class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    PersonDialog(Workspace &workspace, const Person &person, QDate today,
                 QWidget *parent = nullptr);
    // Why the dialog could not read what it shows; an action does not open it then.
    const Status &readStatus() const { return m_read; }

    PersonEdit edit() const;
    PersonFields *fields() const { return m_fields; }
    QTableWidget *rolesTable() const { return m_roles; }
    void addRole(Role role, QDate from);
    void endSelectedRole(QDate to);
    QPushButton *saveButton() const { return m_save; }
    QLabel *problemLabel() const;

private:
    void fillRoles();
    void trySave();

    Workspace &m_ws;
    Person m_before;
    QList<RoleTenure> m_existing;
    QList<RoleTenure> m_added;
    QList<RoleEnding> m_ended;
    PersonFields *m_fields;
    QTableWidget *m_roles;
    QComboBox *m_newRole;
    QDateEdit *m_newFrom;
    QDateEdit *m_endOn;
    ProblemLabel *m_problem;
    QPushButton *m_save;
    Status m_read;
};

} // namespace idesk::ui
