#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace idesk {

// The statuses and reasons DfE's own services use, so records match theirs.
enum class InductionStatus
{
    Active,
    Paused,
    Withdrawn,
    Completed
};
enum class ProgrammeRoute
{
    ProviderLed,
    SchoolLed,
    FullInduction,
    CoreInduction,
    DesignOwn
};

struct InductionStatusChange
{
    qint64 id = 0;
    InductionStatus status = InductionStatus::Active;
    QDate from;
    QString reasonCode; // a DfE reason key, or "other" with reasonText
    QString reasonText;
};

struct Induction
{
    Q_DECLARE_TR_FUNCTIONS(Induction)
public:
    qint64 id = 0;
    qint64 personId = 0;
    QDate start;
    double fte = 1.0;
    ProgrammeRoute route = ProgrammeRoute::ProviderLed;
    QString appropriateBody;
    // Full-time-equivalent terms to serve in all (6 normally; fewer when the
    // appropriate body reduces it) and terms already served (legacy ECTs).
    double termsRequired = 6.0;
    double priorTerms = 0.0;
    bool legacy = false;
    QList<InductionStatusChange> history; // oldest first; the first is Active at start

    InductionStatus statusOn(QDate day) const;
    bool isActiveOn(QDate day) const
    {
        return day >= start && statusOn(day) == InductionStatus::Active;
    }
    // Calendar terms the induction takes at this FTE (0.5 FTE doubles it).
    double calendarTermsRemaining() const;

    static QString statusKey(InductionStatus status);
    static std::optional<InductionStatus> statusFromKey(const QString &key);
    static QString statusName(InductionStatus status);
    static QString routeKey(ProgrammeRoute route);
    static std::optional<ProgrammeRoute> routeFromKey(const QString &key);
    static QString routeName(ProgrammeRoute route);
    // Reason keys accepted for a pause (deferral) and for a withdrawal.
    static QStringList pauseReasons();
    static QStringList withdrawalReasons();
};

} // namespace idesk
