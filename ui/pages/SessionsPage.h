#pragma once

#include "application/SessionUseCases.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace idesk::ui {

// Sessions: a term's mentoring as planned, held or cancelled; what could not
// be placed and why; and, for a cancelled session, the nearest free slots.
// The page shows; SessionActions plans and saves.
class SessionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsPage(QWidget *parent = nullptr);

    void reload(Workspace *workspace);
    DateRange selectedTerm() const;
    QString selectedTermLabel() const;
    void setTerm(const QString &label);
    qint64 selectedSession() const;
    void selectSession(qint64 id);
    void setBusy(bool busy);
    void showUnplaced(const QList<UnplacedSession> &unplaced, const QHash<qint64, QString> &names);
    void showOffers(qint64 sessionId, const QList<SlotOffer> &offers);

    QTableWidget *table() const { return m_table; }
    QListWidget *unplacedList() const { return m_unplaced; }
    QListWidget *offerList() const { return m_offers; }
    QPushButton *planButton() const { return m_plan; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *summary() const { return m_summary; }

signals:
    void planRequested(const idesk::DateRange &range);
    void stopRequested();
    void cancelSessionRequested(qint64 sessionId);
    void moveRequested(qint64 sessionId, QDate day, qint64 periodId, QTime start);

private:
    Workspace *m_ws = nullptr;
    QComboBox *m_term;
    QPushButton *m_plan;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_cancelSession;
    QListWidget *m_unplaced;
    QListWidget *m_offers;
    qint64 m_offersFor = 0;
    QList<SlotOffer> m_offerSlots;
};

} // namespace idesk::ui
