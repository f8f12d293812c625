#include "Flag.h"

namespace idesk {

QString Flag::kindKey(FlagKind kind)
{
    switch (kind) {
    case FlagKind::MissedSession:
        return QStringLiteral("missed-session");
    case FlagKind::IttTimeShort:
        return QStringLiteral("itt-time-short");
    case FlagKind::OutsideTeachingHours:
        return QStringLiteral("outside-teaching-hours");
    case FlagKind::OutsideContractedTime:
        return QStringLiteral("outside-contracted-time");
    case FlagKind::NoMentor:
        return QStringLiteral("no-mentor");
    case FlagKind::MentorWithoutQts:
        return QStringLiteral("mentor-without-qts");
    case FlagKind::MentorIsInductionTutor:
        return QStringLiteral("mentor-is-induction-tutor");
    case FlagKind::TrainingBehind:
        return QStringLiteral("training-behind");
    case FlagKind::AbsenceExtension:
        return QStringLiteral("absence-extension");
    case FlagKind::ReviewDue:
        return QStringLiteral("review-due");
    }
    return {};
}

} // namespace idesk
