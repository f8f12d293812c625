#include "MentorAssignment.h"

#include <QCoreApplication>

namespace idesk {

namespace PairingKinds {
QString key(PairingKind kind)
{
    return kind == PairingKind::Itt ? QStringLiteral("itt") : QStringLiteral("ect");
}

std::optional<PairingKind> fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("ect"))
        return PairingKind::Ect;
    if (k == QLatin1String("itt"))
        return PairingKind::Itt;
    return std::nullopt;
}

QString displayName(PairingKind kind)
{
    return kind == PairingKind::Itt ? QCoreApplication::translate("PairingKind", "ITT trainee")
                                    : QCoreApplication::translate("PairingKind", "ECT induction");
}
} // namespace PairingKinds

namespace AssignmentWarnings {
QList<AssignmentWarning> all()
{
    return {AssignmentWarning::NoQts, AssignmentWarning::InductionTutor,
            AssignmentWarning::Capacity};
}

QString key(AssignmentWarning warning)
{
    switch (warning) {
    case AssignmentWarning::NoQts:
        return QStringLiteral("no-qts");
    case AssignmentWarning::InductionTutor:
        return QStringLiteral("induction-tutor");
    case AssignmentWarning::Capacity:
        return QStringLiteral("capacity");
    }
    return {};
}

QString displayName(AssignmentWarning warning)
{
    switch (warning) {
    case AssignmentWarning::NoQts:
        return QCoreApplication::translate("AssignmentWarnings", "the mentor has no QTS");
    case AssignmentWarning::InductionTutor:
        return QCoreApplication::translate("AssignmentWarnings",
                                           "the mentor is also the induction tutor");
    case AssignmentWarning::Capacity:
        return QCoreApplication::translate("AssignmentWarnings",
                                           "the mentor has more mentees than usual");
    }
    return {};
}

std::optional<AssignmentWarning> fromKey(const QString &key)
{
    for (const auto w : all()) {
        if (AssignmentWarnings::key(w) == key.trimmed().toLower())
            return w;
    }
    return std::nullopt;
}
} // namespace AssignmentWarnings

} // namespace idesk
