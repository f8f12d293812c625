#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>

#include <optional>

namespace idesk {

enum class SessionKind
{
    Observation, // ECT: a short drop-in observation while the ECT teaches
    Coaching,    // ECT: the instructional coaching meeting
    IttMentoring // ITT: weekly mentoring with the general mentor
};

enum class SessionStatus
{
    Planned,
    Held,
    Cancelled,
    Missed
};

namespace SessionKinds {
QString key(SessionKind kind); // "observation", "coaching", "itt-mentoring"
std::optional<SessionKind> fromKey(const QString &key);
QString displayName(SessionKind kind);
} // namespace SessionKinds

namespace SessionStatuses {
QString key(SessionStatus status); // "planned", "held", "cancelled", "missed"
std::optional<SessionStatus> fromKey(const QString &key);
QString displayName(SessionStatus status); // "Planned", "Held", ... in words
} // namespace SessionStatuses

// A mentoring session in the log: planned by the scheduler or by hand, then
// held, cancelled or missed.
struct MentoringSession
{
    qint64 id = 0;
    qint64 assignmentId = 0;
    SessionKind kind = SessionKind::Coaching;
    int ordinal = 0;  // the first or second ITT session of a week
    QDate weekMonday; // the school week it is due in
    QDate day;
    qint64 periodId = 0;
    QTime start;
    int minutes = 0;
    SessionStatus status = SessionStatus::Planned;
    bool handPlaced = false;
    QString exceptionalReason; // set when outside teaching hours
    // The log: a short developmental note (never an assessment), why it was
    // cancelled, and the session it was moved to.
    QString note;
    QString cancelReason;
    qint64 rescheduledTo = 0;
    // A held coaching meeting agrees one action step with the mentee, and the
    // next meeting asks whether it was practised (unknown until then).
    QString actionStep;
    std::optional<bool> actionPractised;

    // Re-planning moves only what the scheduler planned and nobody touched.
    bool isMovable() const { return status == SessionStatus::Planned && !handPlaced; }
    friend bool operator==(const MentoringSession &, const MentoringSession &) = default;
};

namespace MentoringSessions {
// The order the log lists sessions in: by day, then time, then id.
bool inLogOrder(const MentoringSession &a, const MentoringSession &b);
// `list`, in log order, with the sessions of `pairings` put back as `now`
// has them: what reading the list again would give after only those changed.
void replaceOf(QList<MentoringSession> &list, const QSet<qint64> &pairings,
               const QList<MentoringSession> &now);
} // namespace MentoringSessions

} // namespace idesk
