#pragma once

#include "application/SessionUseCases.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace idesk::ui {

// Sessions: mentoring as planned, held, missed or cancelled, week by week,
// filtered by weeks, person and pairing; what could not be placed and why;
// and, for a cancelled session, the nearest free slots still to come. It
// opens at the current week. The page shows; SessionActions changes.
class SessionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsPage(QWidget *parent = nullptr);

    void reload(Workspace *workspace);
    DateRange selectedTerm() const;
    QString selectedTermLabel() const;
    void setTerm(const QString &label);
    // The weeks shown: the term's by default, narrowed by the filter.
    DateRange shownWeeks() const;
    void setShownWeeks(const DateRange &weeks);
    void setPersonFilter(qint64 personId);
    void setPairingFilter(qint64 pairingId);
    // The term holding today, scrolled to and selecting this week's first
    // session.
    void goToToday();
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
    QPushButton *todayButton() const { return m_today; }
    QPushButton *cancelButton() const { return m_cancelSession; }
    QPushButton *missedButton() const { return m_missed; }
    QPushButton *notHeldButton() const { return m_notHeld; }
    QPushButton *offersButton() const { return m_offerSlots; }
    QComboBox *personFilter() const { return m_person; }
    QComboBox *pairingFilter() const { return m_pairing; }
    QLabel *summary() const { return m_summary; }

signals:
    void planRequested(const idesk::DateRange &range);
    void stopRequested();
    void cancelSessionRequested(qint64 sessionId);
    void markMissedRequested(qint64 sessionId);
    void markNotHeldRequested(qint64 sessionId);
    void offersRequested(qint64 sessionId);
    void moveRequested(qint64 sessionId, QDate day, qint64 periodId, QTime start);

private:
    void fillTerms(Workspace &workspace);
    void fillFilters(const QHash<qint64, QString> &names,
                     const QHash<qint64, MentorAssignment> &pairings);
    void fillTable();
    void updateButtons();
    void selectTermOfToday();
    void scrollToThisWeek();

    Workspace *m_ws = nullptr;
    QComboBox *m_term;
    QPushButton *m_plan;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_person;
    QComboBox *m_pairing;
    QPushButton *m_today;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_missed;
    QPushButton *m_notHeld;
    QPushButton *m_cancelSession;
    QPushButton *m_offerSlots;
    QListWidget *m_unplaced;
    QListWidget *m_offers;
    qint64 m_offersFor = 0;
    QList<SlotOffer> m_slots;
    QList<MentoringSession> m_sessions;
    QHash<qint64, QString> m_names;
    QHash<qint64, MentorAssignment> m_pairings;
    bool m_sized = false;
};

} // namespace idesk::ui
