#pragma once

#include "util/Result.h"

#include "scheduling/SchedulingInput.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimeEdit;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

class ProblemLabel;

// Blocks a time nobody (or one person) may be booked: a provider's mentor
// conference, a clinic, a trip. Lists the times already blocked from today on,
// each removable; the scheduler plans around all of them.
class BlockedTimeDialog : public QDialog
{
    Q_OBJECT
public:
    BlockedTimeDialog(Workspace &workspace, QDate today, QWidget *parent = nullptr);
    // Why the dialog could not read what it shows; an action does not open it then.
    const Status &readStatus() const { return m_read; }

    BlockedTime blockedTime() const;
    void refresh();

    QComboBox *personBox() const { return m_person; }
    QDateEdit *dayEdit() const { return m_day; }
    QTimeEdit *fromEdit() const { return m_from; }
    QTimeEdit *toEdit() const { return m_to; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QListWidget *existing() const { return m_existing; }
    QPushButton *removeButton() const { return m_remove; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    void removeRequested(const idesk::BlockedTime &blocked);

private:
    void validate();

    Workspace &m_ws;
    QDate m_today;
    QList<BlockedTime> m_shown;
    QListWidget *m_existing;
    QPushButton *m_remove;
    QComboBox *m_person;
    QDateEdit *m_day;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QLineEdit *m_reason;
    ProblemLabel *m_problem;
    QDialogButtonBox *m_buttons;
    Status m_read;
};

} // namespace idesk::ui
