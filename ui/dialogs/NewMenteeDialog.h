#pragma once

#include "domain/Person.h"
#include "util/Result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

class PersonFields;
class ProblemLabel;

// What Add ECT and Add trainee share: the mentee is a new person or someone
// already on the staff list; Save tries the whole change first and shows the
// core's refusal in the dialog, which stays open with everything typed.
class NewMenteeDialog : public QDialog
{
    Q_OBJECT
public:
    QComboBox *whoBox() const { return m_who; }
    PersonFields *fields() const { return m_fields; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problemLabel() const;
    bool isNewPerson() const;
    Person chosenPerson() const; // the new person's fields, or the existing person
    void chooseExisting(qint64 personId);
    // Why the dialog could not read what it shows; an action does not open it then.
    const Status &readStatus() const { return m_read; }

protected:
    NewMenteeDialog(Workspace &workspace, const QString &title, QWidget *parent);
    // Subclasses add their own section, then call finish().
    void finish(QWidget *details);
    // The whole change, applied in a transaction that is rolled back.
    virtual Status trial() = 0;
    // Called when the chosen person changes, to suggest defaults.
    virtual void personChanged() {}

    Workspace &m_ws;

private:
    void trySave();
    void updateSave();

    QComboBox *m_who;
    PersonFields *m_fields;
    ProblemLabel *m_problem;
    QPushButton *m_save = nullptr;
    QList<Person> m_staff;
    Status m_read;
};

} // namespace idesk::ui
