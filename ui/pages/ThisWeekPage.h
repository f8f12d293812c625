#pragma once

#include "HeldEntry.h"
#include "application/FlagReading.h"
#include "application/SetupProgress.h"
#include "application/Topics.h"
#include "compliance/Flag.h"
#include "domain/MentorAssignment.h"
#include "domain/MentoringSession.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QWidget>

#include <optional>

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

class BackgroundRead;
class StartChecklist;

// Monday morning: every red and amber flag, grouped by pairing, each with
// what to do; and this week's and last week's sessions, logged as held in
// two clicks (select, Mark held).
class ThisWeekPage : public QWidget
{
    Q_OBJECT
public:
    // What the page shows, read in one go (on a worker when the window reads it).
    struct Data
    {
        QDate today;
        std::optional<SetupProgress> progress;
        QHash<qint64, QString> names;
        QHash<qint64, MentorAssignment> pairings;
        FlagReading flags;                // the year so far, as of today
        QList<MentoringSession> sessions; // last week's and this week's
        QString error;                    // why nothing could be read
        QString sessionsError;            // why the sessions could not be read
    };

    explicit ThisWeekPage(QWidget *parent = nullptr);

    // The flags of the year so far and the sessions of last week and this,
    // as of the workspace's today.
    static Data read(Workspace &workspace);
    // `shown` after an edit of only the sessions of `pairings`: their flags
    // worked out again and this week's sessions read again, nothing else.
    static Data readChanged(Workspace &workspace, const Data &shown, const QSet<qint64> &pairings);
    // Reads and shows at once; returns the number of flags.
    int reload(Workspace *workspace);
    // Reads on a worker and shows when read; the page shows what it had meanwhile.
    void reloadInBackground(Workspace *workspace);
    BackgroundRead *backgroundRead() const { return m_read; }
    int flagCount() const { return m_flagCount; }
    // Up to this many flags every group is open; a trust's hundreds of
    // pairings open only the groups the tutor opens (laying out thousands of
    // wrapped messages would hold the window up). Tests set it low.
    void setFlagsShownOpen(qsizetype count) { m_flagsShownOpen = count; }

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
    void flagCountChanged(int count);
    void openPairingRequested(qint64 pairingId);

private:
    void noteChange(Topics topics, const QSet<qint64> &pairings);
    void watch(Workspace *workspace);
    int show(Workspace *workspace, const Data &d);
    void showFlags(const Data &d);
    void showSessions(const Data &d, qint64 keep);
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
    BackgroundRead *m_read;
    // What is shown, and what changed since it was read: a change of some
    // pairings' sessions is worked into it, anything else reads it all again.
    Data m_shown;
    QSet<qint64> m_changedPairings;
    bool m_changedAll = true;
    Workspace *m_watched = nullptr; // compared, never followed: m_watch says if it lives
    QMetaObject::Connection m_watch;
    QSet<QString> m_openGroups; // of a long list, the groups the tutor opened
    qsizetype m_flagsShownOpen = 150;
};

} // namespace idesk::ui
