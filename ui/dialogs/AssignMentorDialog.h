#pragma once

#include "util/Result.h"

#include "application/PairingUseCases.h"
#include "rules/AssignmentCheck.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

// Choose a mentor for a mentee. Every rule from core is shown in plain words
// as the choice changes; a warning must be ticked as checked before Save.
class AssignMentorDialog : public QDialog
{
    Q_OBJECT
public:
    AssignMentorDialog(Workspace &workspace, QDate today, QWidget *parent = nullptr);
    // Why the dialog could not read what it shows; an action does not open it then.
    const Status &readStatus() const { return m_read; }

    void setMentee(qint64 personId);
    void setMentor(qint64 personId);
    void setKind(PairingKind kind);
    void setFrom(QDate day);
    AssignmentRequest request() const;
    AssignmentCheck currentCheck() const { return m_check; }

    QComboBox *menteeBox() const { return m_mentee; }
    QComboBox *mentorBox() const { return m_mentor; }
    QCheckBox *replaceBox() const { return m_replace; }
    QCheckBox *moveSessionsBox() const { return m_moveSessions; }
    QList<QCheckBox *> acknowledgementBoxes() const { return m_ackBoxes; }
    QPushButton *saveButton() const;

private:
    void fillPeople(const QList<PairingCandidate> &people);
    void refresh();
    void rebuildFindings();

    Workspace &m_ws;
    QDate m_today;
    QComboBox *m_kind;
    QComboBox *m_mentee;
    QComboBox *m_mentor;
    QDateEdit *m_from;
    QCheckBox *m_replace;
    QLineEdit *m_reason;
    QCheckBox *m_moveSessions;
    QLabel *m_history;
    QVBoxLayout *m_findings;
    QDialogButtonBox *m_buttons;
    QList<QCheckBox *> m_ackBoxes;
    QList<AssignmentWarning> m_acknowledged;
    qint64 m_replacingId = 0;
    AssignmentCheck m_check;
    bool m_refreshing = false;
    Status m_read;
};

} // namespace idesk::ui
