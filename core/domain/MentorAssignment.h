#pragma once

#include "util/DateRange.h"

#include <QList>
#include <QString>

#include <optional>

namespace idesk {

enum class PairingKind
{
    Ect,
    Itt
};

// Warnings the user may override, each acknowledgement being recorded.
enum class AssignmentWarning
{
    NoQts,
    InductionTutor,
    Capacity
};

namespace PairingKinds {
QString key(PairingKind kind);
std::optional<PairingKind> fromKey(const QString &key);
QString displayName(PairingKind kind);
} // namespace PairingKinds

namespace AssignmentWarnings {
QList<AssignmentWarning> all();
QString key(AssignmentWarning warning);         // "no-qts", "induction-tutor", "capacity"
QString displayName(AssignmentWarning warning); // in words, for people
std::optional<AssignmentWarning> fromKey(const QString &key);
} // namespace AssignmentWarnings

// One mentor for one mentee over a period. Replacing a mentor closes this
// record and points at its successor; history is never rewritten.
struct MentorAssignment
{
    qint64 id = 0;
    PairingKind kind = PairingKind::Ect;
    qint64 mentorId = 0;
    qint64 menteeId = 0;
    DateRange period;
    qint64 replacedBy = 0;
    QString endReason;
    QList<AssignmentWarning> acknowledged;
};

} // namespace idesk
