#pragma once

#include "HeldEntry.h"
#include "compliance/Flag.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QSpinBox;
class QTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

class StartChecklist;

// Monday morning: every red and amber flag, grouped by pairing, each with
// what to do; and this week's and last week's sessions, logged as held in
// two clicks (select, Mark held).
class ThisWeekPage : public QWidget
{
    Q_OBJECT
public:
    explicit ThisWeekPage(QWidget *parent = nullptr);

    // Re-reads the flags and sessions as of `today`; returns the number of open flags.
    // Reads the flags and the sessions of last week and this, as of the
    // workspace's today; returns the number of flags.
    int reload(Workspace *workspace);
    int flagCount() const { return m_flagCount; }

    QTreeWidget *flagTree() const { return m_flags; }
    QTableWidget *sessionTable() const { return m_sessions; }
    QPushButton *markHeldButton() const { return m_markHeld; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *summary() const { return m_summary; }
    StartChecklist *checklist() const { return m_checklist; }
    QWidget *coachingBox() const { return m_coaching; }
    QLabel *previousStepLabel() const { return m_previousStep; }
    QComboBox *practisedBox() const { return m_practised; }
    QLineEdit *actionStepEdit() const { return m_step; }
    QTimeEdit *startEdit() const { return m_start; }
    QSpinBox *minutesBox() const { return m_minutes; }

signals:
    void markHeldRequested(const idesk::ui::HeldEntry &entry);
    void openPairingRequested(qint64 pairingId);

private:
    void showSelected();
    int selectedRow() const;

    Workspace *m_ws = nullptr;
    QDate m_today;
    QLabel *m_summary;
    StartChecklist *m_checklist;
    qint64 m_previousId = 0;
    QTreeWidget *m_flags;
    QTableWidget *m_sessions;
    QLineEdit *m_note;
    QPushButton *m_markHeld;
    QWidget *m_coaching;
    QLabel *m_previousStep;
    QComboBox *m_practised;
    QLineEdit *m_step;
    QTimeEdit *m_start;
    QSpinBox *m_minutes;
    int m_flagCount = 0;
    bool m_sized = false;
};

} // namespace idesk::ui
