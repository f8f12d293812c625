#include "SchoolUseCases.h"

#include "application/StepChange.h"
#include "application/Workspace.h"
#include "storage/SchoolRepository.h"

#include <QFileInfo>

namespace idesk {

namespace {
const QString kCapacity = QStringLiteral("mentor_capacity");
const QString kOverrides = QStringLiteral("ruleset_overrides");

Status write(Database &db, const SchoolPreferences &p)
{
    SchoolRepository r(db);
    if (!p.school.name.isEmpty()) {
        if (auto s = r.setSchool(p.school); !s)
            return s;
    }
    if (auto s = r.setRuleSetOverrides(p.ruleSetOverrides); !s)
        return s;
    return r.setSetting(kCapacity,
                        p.mentorCapacity > 0 ? QString::number(p.mentorCapacity) : QString());
}
} // namespace

Result<School> SchoolUseCases::school() const
{
    return SchoolRepository(m_ws.database()).school();
}

QString SchoolUseCases::displayName() const
{
    const auto s = school();
    return s && !s->name.isEmpty() ? s->name : QFileInfo(m_ws.path()).completeBaseName();
}

int SchoolUseCases::mentorCapacity(QDate day) const
{
    return SchoolRepository(m_ws.database()).mentorCapacity(day);
}

RuleSetRegistry SchoolUseCases::ruleSets() const
{
    return SchoolRepository(m_ws.database()).ruleSets();
}

QJsonObject SchoolUseCases::ruleSetOverrides() const
{
    return SchoolRepository(m_ws.database()).ruleSetOverrides();
}

Result<SchoolPreferences> SchoolUseCases::preferences() const
{
    SchoolRepository repo(m_ws.database());
    auto s = repo.school();
    if (!s)
        return s.error();
    auto capacity = repo.setting(kCapacity);
    if (!capacity)
        return capacity.error();
    return SchoolPreferences{*s, capacity->toInt(), repo.ruleSetOverrides()};
}

Result<ChangePtr> SchoolUseCases::setPreferences(const SchoolPreferences &after) const
{
    auto before = preferences();
    if (!before)
        return before.error();
    const bool same = before->school.name == after.school.name &&
                      before->school.urn == after.school.urn &&
                      mentorCapacity(m_ws.today()) == after.mentorCapacity &&
                      before->ruleSetOverrides == after.ruleSetOverrides;
    if (same)
        return ChangePtr();
    // The undo puts back the settings exactly as stored (or not stored).
    SchoolRepository repo(m_ws.database());
    auto capacity = repo.storedSetting(kCapacity);
    if (!capacity)
        return capacity.error();
    auto overrides = repo.storedSetting(kOverrides);
    if (!overrides)
        return overrides.error();
    return StepChange::make(
        tr("Change school preferences"), Topic::School,
        [after](Database &db) { return write(db, after); },
        [school = before->school, capacity = *capacity, overrides = *overrides](Database &db) {
            SchoolRepository r(db);
            if (!school.name.isEmpty()) {
                if (auto s = r.setSchool(school); !s)
                    return s;
            }
            if (auto s = r.restoreSetting(kCapacity, capacity); !s)
                return s;
            return r.restoreSetting(kOverrides, overrides);
        });
}

} // namespace idesk
