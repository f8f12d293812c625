#include "MentoringSession.h"

#include <algorithm>
#include <tuple>

#include <QCoreApplication>

namespace idesk {

namespace SessionKinds {
QString key(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Observation:
        return QStringLiteral("observation");
    case SessionKind::Coaching:
        return QStringLiteral("coaching");
    case SessionKind::IttMentoring:
        return QStringLiteral("itt-mentoring");
    }
    return {};
}

std::optional<SessionKind> fromKey(const QString &k)
{
    for (auto kind : {SessionKind::Observation, SessionKind::Coaching, SessionKind::IttMentoring}) {
        if (key(kind) == k)
            return kind;
    }
    return std::nullopt;
}

QString displayName(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Observation:
        return QCoreApplication::translate("SessionKind", "Drop-in observation");
    case SessionKind::Coaching:
        return QCoreApplication::translate("SessionKind", "Instructional coaching");
    case SessionKind::IttMentoring:
        return QCoreApplication::translate("SessionKind", "Trainee mentoring");
    }
    return {};
}
} // namespace SessionKinds

namespace SessionStatuses {
QString key(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Planned:
        return QStringLiteral("planned");
    case SessionStatus::Held:
        return QStringLiteral("held");
    case SessionStatus::Cancelled:
        return QStringLiteral("cancelled");
    case SessionStatus::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

std::optional<SessionStatus> fromKey(const QString &k)
{
    for (auto s : {SessionStatus::Planned, SessionStatus::Held, SessionStatus::Cancelled,
                   SessionStatus::Missed}) {
        if (key(s) == k)
            return s;
    }
    return std::nullopt;
}

QString displayName(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Planned:
        return QCoreApplication::translate("SessionStatus", "Planned");
    case SessionStatus::Held:
        return QCoreApplication::translate("SessionStatus", "Held");
    case SessionStatus::Cancelled:
        return QCoreApplication::translate("SessionStatus", "Cancelled");
    case SessionStatus::Missed:
        return QCoreApplication::translate("SessionStatus", "Missed");
    }
    return {};
}
} // namespace SessionStatuses

namespace MentoringSessions {
bool inLogOrder(const MentoringSession &a, const MentoringSession &b)
{
    return std::tie(a.day, a.start, a.id) < std::tie(b.day, b.start, b.id);
}

void replaceOf(QList<MentoringSession> &list, const QSet<qint64> &pairings,
               const QList<MentoringSession> &now)
{
    list.removeIf([&](const MentoringSession &s) { return pairings.contains(s.assignmentId); });
    list.append(now);
    std::stable_sort(list.begin(), list.end(), inLogOrder);
}
} // namespace MentoringSessions

} // namespace idesk
