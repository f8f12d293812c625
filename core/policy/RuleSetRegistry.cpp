#include "RuleSetRegistry.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace idesk {

Result<RuleSetRegistry> RuleSetRegistry::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error::invalid(
            tr("Rule sets: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));

    QHash<QString, QJsonObject> resolved;
    RuleSetRegistry registry;
    for (const auto &value : doc.object().value(QLatin1String("years")).toArray()) {
        QJsonObject year = value.toObject();
        const QString label = year.value(QLatin1String("academicYear")).toString();
        const QString basedOn = year.value(QLatin1String("basedOn")).toString();
        if (!basedOn.isEmpty()) {
            if (!resolved.contains(basedOn))
                return Error::invalid(
                    tr("Rule set %1 is based on %2, which is not defined before it")
                        .arg(label, basedOn));
            QJsonObject merged = resolved.value(basedOn);
            for (auto it = year.constBegin(); it != year.constEnd(); ++it)
                merged.insert(it.key(), it.value());
            year = merged;
        }
        resolved.insert(label, year);
        RuleSet set = RuleSet::fromJson(year);
        if (!set.effectiveFrom.isValid())
            return Error::invalid(tr("Rule set %1 has no valid effectiveFrom date").arg(label));
        registry.m_sets.append(set);
    }
    if (registry.m_sets.isEmpty())
        return Error::invalid(tr("Rule sets: the file defines no academic year"));
    std::sort(registry.m_sets.begin(), registry.m_sets.end(),
              [](const RuleSet &a, const RuleSet &b) { return a.effectiveFrom < b.effectiveFrom; });
    return registry;
}

QStringList RuleSetRegistry::overridableKeys()
{
    return {QStringLiteral("observationMinutes"),        QStringLiteral("coachingMinutes"),
            QStringLiteral("ectYearOneCadenceWeeks"),    QStringLiteral("ectYearTwoCadenceWeeks"),
            QStringLiteral("ittWeeklyMentoringMinutes"), QStringLiteral("ittMaxSessionsPerWeek")};
}

Status RuleSetRegistry::validateOverrides(const QJsonObject &overrides)
{
    const RuleSetRegistry &base = shipped();
    for (auto year = overrides.constBegin(); year != overrides.constEnd(); ++year) {
        if (!base.forAcademicYear(year.key()))
            return Error::invalid(
                tr("There is no rule set for the academic year %1").arg(year.key()));
        const QJsonObject values = year.value().toObject();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (!overridableKeys().contains(it.key()))
                return Error::invalid(tr("%1 cannot be changed by a school").arg(it.key()));
            const double v = it.value().toDouble(-1);
            const bool cadence = it.key().endsWith(QLatin1String("CadenceWeeks"));
            const bool sessions = it.key() == QLatin1String("ittMaxSessionsPerWeek");
            const double low = 1, high = cadence ? 4 : sessions ? 5 : 240;
            if (v < low || v > high || v != std::floor(v))
                return Error::invalid(tr("%1 in %2 must be a whole number from %3 to %4")
                                          .arg(it.key(), year.key())
                                          .arg(low)
                                          .arg(high));
        }
    }
    return Status::success();
}

RuleSetRegistry RuleSetRegistry::withOverrides(const QJsonObject &overrides) const
{
    RuleSetRegistry merged = *this;
    if (!validateOverrides(overrides))
        return merged;
    for (auto &set : merged.m_sets) {
        const QJsonObject values = overrides.value(set.academicYear).toObject();
        if (values.isEmpty())
            continue;
        QJsonObject json = set.toJson();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            json.insert(it.key(), it.value());
        set = RuleSet::fromJson(json);
    }
    return merged;
}

const RuleSetRegistry &RuleSetRegistry::shipped()
{
    static const RuleSetRegistry registry = [] {
        QFile file(QStringLiteral(":/policy/rulesets.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The rule sets resource is missing from this build");
        auto parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return registry;
}

const RuleSet &RuleSetRegistry::forDate(QDate day) const
{
    const RuleSet *found = &m_sets.first();
    for (const auto &set : m_sets) {
        if (set.effectiveFrom <= day)
            found = &set;
    }
    return *found;
}

const RuleSet *RuleSetRegistry::forAcademicYear(const QString &label) const
{
    for (const auto &set : m_sets) {
        if (set.academicYear == label)
            return &set;
    }
    return nullptr;
}

} // namespace idesk
