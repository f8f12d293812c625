#pragma once

#include "RuleSet.h"
#include "util/Result.h"

#include <QCoreApplication>
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

private:
    QList<RuleSet> m_sets; // sorted by effectiveFrom
};

} // namespace idesk
