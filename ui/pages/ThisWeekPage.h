#pragma once

#include "compliance/Flag.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace idesk {
class Database;
}

namespace idesk::ui {

// Monday morning: every red and amber flag, grouped by pairing, each with
// what to do; and this week's and last week's sessions, logged as held in
// two clicks (select, Mark held).
class ThisWeekPage : public QWidget
{
    Q_OBJECT
public:
    explicit ThisWeekPage(QWidget *parent = nullptr);

    // Re-reads the flags and sessions as of `today`; returns the number of open flags.
    int reload(Database *db, QDate today);
    int flagCount() const { return m_flagCount; }

    QTreeWidget *flagTree() const { return m_flags; }
    QTableWidget *sessionTable() const { return m_sessions; }
    QPushButton *markHeldButton() const { return m_markHeld; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *summary() const { return m_summary; }
    QWidget *coachingBox() const { return m_coaching; }
    QLabel *previousStepLabel() const { return m_previousStep; }
    QComboBox *practisedBox() const { return m_practised; }
    QLineEdit *actionStepEdit() const { return m_step; }

signals:
    // A coaching meeting also carries the step agreed at it and whether the
    // previous one (`previousSessionId`) was practised: -1 not asked, 0 no, 1 yes.
    void markHeldRequested(qint64 sessionId, const QString &note, const QString &actionStep,
                           qint64 previousSessionId, int practised);
    void openPairingRequested(qint64 pairingId);

private:
    void showSelected();

    Database *m_db = nullptr;
    QDate m_today;
    QLabel *m_summary;
    qint64 m_previousId = 0;
    QTreeWidget *m_flags;
    QTableWidget *m_sessions;
    QLineEdit *m_note;
    QPushButton *m_markHeld;
    QWidget *m_coaching;
    QLabel *m_previousStep;
    QComboBox *m_practised;
    QLineEdit *m_step;
    int m_flagCount = 0;
};

} // namespace idesk::ui
