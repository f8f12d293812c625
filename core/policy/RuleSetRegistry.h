#pragma once

#include "RuleSet.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace idesk {

// All rule sets by academic year. The shipped ones come from the resource
// :/policy/rulesets.json; a school may override a year with its own JSON.
class RuleSetRegistry
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetRegistry)
public:
    static const RuleSetRegistry &shipped();
    static Result<RuleSetRegistry> fromJson(const QByteArray &json);

    // The rule set in force on `day`: the latest whose effectiveFrom is not after
    // it (the earliest for days before any of them).
    const RuleSet &forDate(QDate day) const;
    const RuleSet *forAcademicYear(const QString &label) const;
    const QList<RuleSet> &all() const { return m_sets; }

    // The numbers a school may set for itself, per academic year: the session
    // pattern its provider or programme uses. Statutory numbers are not among them.
    static QStringList overridableKeys();
    // {"2026-27": {"coachingMinutes": 60}, ...}: refused whole if any value is
    // unknown, out of range, or names a year that has no rule set.
    static Status validateOverrides(const QJsonObject &overrides);
    RuleSetRegistry withOverrides(const QJsonObject &overrides) const;

private:
    QList<RuleSet> m_sets; // sorted by effectiveFrom
};

} // namespace idesk
