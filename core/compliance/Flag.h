#pragma once

#include <QDate>
#include <QString>

namespace idesk {

enum class FlagKind
{
    MissedSession,
    IttTimeShort,
    OutsideTeachingHours,
    OutsideContractedTime,
    NoMentor,
    MentorWithoutQts,
    MentorIsInductionTutor,
    TrainingBehind,
    AbsenceExtension,
    ReviewDue
};

enum class FlagSeverity
{
    Red,
    Amber
};

// One gap, in words, with what to do about it.
struct Flag
{
    FlagKind kind = FlagKind::MissedSession;
    FlagSeverity severity = FlagSeverity::Amber;
    qint64 pairingId = 0;
    qint64 menteeId = 0;
    qint64 mentorId = 0;
    qint64 sessionId = 0;
    QDate week; // the school week, when the flag is about one
    QString message;
    QString action;

    static QString kindKey(FlagKind kind);
    static QString severityKey(FlagSeverity severity) // "red", "amber"
    {
        return severity == FlagSeverity::Red ? QStringLiteral("red") : QStringLiteral("amber");
    }
};

} // namespace idesk
