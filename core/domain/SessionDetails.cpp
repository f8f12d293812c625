#include "SessionDetails.h"

#include <QLocale>

namespace idesk {

namespace {
QString when(const MentoringSession &s)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
               .toString(s.day, QStringLiteral("ddd dd/MM/yyyy")) +
           QLatin1Char(' ') + s.start.toString(QStringLiteral("HH:mm"));
}
} // namespace

QString SessionDetails::status(const MentoringSession &s, const MentoringSession *movedTo)
{
    QString text = SessionStatuses::displayName(s.status);
    if (s.status == SessionStatus::Cancelled && movedTo)
        text = tr("%1, moved to %2").arg(text, when(*movedTo));
    else if (s.status == SessionStatus::Cancelled && s.rescheduledTo > 0)
        text = tr("%1, moved").arg(text);
    else if (s.status == SessionStatus::Planned && s.handPlaced)
        text = tr("%1, placed by hand").arg(text);
    return text;
}

QString SessionDetails::describe(const MentoringSession &s)
{
    QStringList parts;
    if (s.status == SessionStatus::Cancelled && !s.cancelReason.isEmpty())
        parts.append(tr("Reason: %1").arg(s.cancelReason));
    if (!s.note.isEmpty())
        parts.append(tr("Note: %1").arg(s.note));
    if (!s.actionStep.isEmpty()) {
        QString step = tr("Action step: %1").arg(s.actionStep);
        if (s.actionPractised)
            step += *s.actionPractised ? tr(" (practised)") : tr(" (not practised)");
        parts.append(step);
    }
    if (!s.exceptionalReason.isEmpty())
        parts.append(s.exceptionalReason);
    return parts.join(QStringLiteral(" · "));
}

} // namespace idesk
