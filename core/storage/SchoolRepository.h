#pragma once

#include "domain/School.h"
#include "policy/RuleSetRegistry.h"
#include "storage/Database.h"

namespace idesk {

// The school itself and the settings that belong to the school's data (shared
// by everyone who opens the database), as opposed to one user's preferences.
class SchoolRepository
{
    Q_DECLARE_TR_FUNCTIONS(SchoolRepository)
public:
    explicit SchoolRepository(Database &db)
        : m_db(db)
    {}

    Result<School> school() const;
    Status setSchool(const School &school);

    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);
    // The setting as stored, or none (an undo puts back exactly that).
    Result<std::optional<QString>> storedSetting(const QString &key) const;
    Status restoreSetting(const QString &key, const std::optional<QString> &value);
    // Most mentees one mentor may have before a warning; rule set default otherwise.
    int mentorCapacity(QDate day) const;

    // The shipped rule sets with the school's own session numbers laid over them.
    RuleSetRegistry ruleSets() const;
    QJsonObject ruleSetOverrides() const;
    Status setRuleSetOverrides(const QJsonObject &overrides);

private:
    Database &m_db;
};

} // namespace idesk
