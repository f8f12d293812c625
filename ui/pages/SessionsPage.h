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
class QTableView;

namespace idesk::ui {

class BackgroundRead;
class SessionsModel;

// Sessions: mentoring as planned, held, missed or cancelled, week by week,
// filtered by weeks, person and pairing; what could not be placed and why;
// and, for a cancelled session, the nearest free slots still to come. It
// opens at the current week. The page shows; SessionActions changes.
class SessionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsPage(QWidget *parent = nullptr);

    // What the page shows of the weeks chosen, read in one go (on a worker
    // when the window reads it).
    struct Data
    {
        QHash<qint64, QString> names;
        QHash<qint64, MentorAssignment> pairings;
        QList<MentoringSession> sessions;
        QString error; // why nothing could be read
    };
    static Data read(Workspace &workspace, const DateRange &weeks);
    // Reads and shows at once.
    void reload(Workspace *workspace);
    // Reads on a worker and shows when read; the page shows what it had meanwhile.
    void reloadInBackground(Workspace *workspace);
    BackgroundRead *backgroundRead() const { return m_read; }
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

    QTableView *table() const { return m_table; }
    SessionsModel *model() const { return m_model; }
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
    // The terms and weeks to show; an invalid range when there is nothing to read.
    DateRange prepare(Workspace *workspace);
    void show(const Data &d);
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
    QTableView *m_table;
    SessionsModel *m_model;
    BackgroundRead *m_read;
    bool m_scrollToToday = false;
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
