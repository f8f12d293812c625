#pragma once

#include "compliance/Flag.h"

#include <QWidget>

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

signals:
    void markHeldRequested(qint64 sessionId, const QString &note);
    void openPairingRequested(qint64 pairingId);

private:
    QLabel *m_summary;
    QTreeWidget *m_flags;
    QTableWidget *m_sessions;
    QLineEdit *m_note;
    QPushButton *m_markHeld;
    int m_flagCount = 0;
};

} // namespace idesk::ui
