#include "Induction.h"

#include <array>
#include <utility>

namespace idesk {

namespace {
constexpr std::array<std::pair<InductionStatus, const char *>, 4> kStatusKeys{{
    {InductionStatus::Active, "active"},
    {InductionStatus::Paused, "paused"},
    {InductionStatus::Withdrawn, "withdrawn"},
    {InductionStatus::Completed, "completed"},
}};
constexpr std::array<std::pair<ProgrammeRoute, const char *>, 5> kRouteKeys{{
    {ProgrammeRoute::ProviderLed, "provider-led"},
    {ProgrammeRoute::SchoolLed, "school-led"},
    {ProgrammeRoute::FullInduction, "full-induction-programme"},
    {ProgrammeRoute::CoreInduction, "core-induction-programme"},
    {ProgrammeRoute::DesignOwn, "design-your-own"},
}};

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, k] : table) {
        if (v == value)
            return QString::fromLatin1(k);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const auto &[v, name] : table) {
        if (k == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}
} // namespace

InductionStatus Induction::statusOn(QDate day) const
{
    InductionStatus status = InductionStatus::Active;
    for (const auto &change : history) {
        if (change.from <= day)
            status = change.status;
    }
    return status;
}

double Induction::calendarTermsRemaining() const
{
    const double fteTerms = std::max(0.0, termsRequired - priorTerms);
    return fte > 0.0 ? fteTerms / fte : fteTerms;
}

QString Induction::statusKey(InductionStatus status)
{
    return keyOf(kStatusKeys, status);
}

std::optional<InductionStatus> Induction::statusFromKey(const QString &key)
{
    return valueOf(kStatusKeys, key);
}

QString Induction::statusName(InductionStatus status)
{
    switch (status) {
    case InductionStatus::Active:
        return tr("Active");
    case InductionStatus::Paused:
        return tr("Paused");
    case InductionStatus::Withdrawn:
        return tr("Withdrawn");
    case InductionStatus::Completed:
        return tr("Completed");
    }
    return {};
}

QString Induction::routeKey(ProgrammeRoute route)
{
    return keyOf(kRouteKeys, route);
}

std::optional<ProgrammeRoute> Induction::routeFromKey(const QString &key)
{
    return valueOf(kRouteKeys, key);
}

QString Induction::routeName(ProgrammeRoute route)
{
    switch (route) {
    case ProgrammeRoute::ProviderLed:
        return tr("Provider-led");
    case ProgrammeRoute::SchoolLed:
        return tr("School-led");
    case ProgrammeRoute::FullInduction:
        return tr("Full induction programme");
    case ProgrammeRoute::CoreInduction:
        return tr("Core induction programme");
    case ProgrammeRoute::DesignOwn:
        return tr("Design your own");
    }
    return {};
}

QStringList Induction::pauseReasons()
{
    return {QStringLiteral("bereavement"), QStringLiteral("long-term-sickness"),
            QStringLiteral("parental-leave"), QStringLiteral("career-break"),
            QStringLiteral("other")};
}

QStringList Induction::withdrawalReasons()
{
    return {QStringLiteral("left-teaching"), QStringLiteral("moved-school"),
            QStringLiteral("mentor-no-longer-mentoring"), QStringLiteral("other")};
}

} // namespace idesk
