#pragma once

#include "util/Result.h"

#include "scheduling/SchedulingInput.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

class ProblemLabel;

// Records that an ECT or a mentor is away: mentoring is not expected on those
// days, and an ECT's absences count towards the 30-day rule (statutory family
// leave does not).
class AbsenceDialog : public QDialog
{
    Q_OBJECT
public:
    AbsenceDialog(Workspace &workspace, QDate today, QWidget *parent = nullptr);
    // Why the dialog could not read what it shows; an action does not open it then.
    const Status &readStatus() const { return m_read; }

    Absence absence() const;
    QComboBox *personBox() const { return m_person; }
    QComboBox *typeBox() const { return m_type; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QComboBox *m_person;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_type;
    ProblemLabel *m_problem;
    QDialogButtonBox *m_buttons;
    Workspace &m_ws;
    Status m_read;
};

} // namespace idesk::ui
