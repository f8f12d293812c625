#pragma once

#include "application/Change.h"
#include "application/SetupProgress.h"
#include "calendar/Term.h"
#include "domain/School.h"
#include "policy/RuleSetRegistry.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace idesk {

class Workspace;

// The school's own settings, kept in the database so that the app, the
// command line and colleagues apply the same.
struct SchoolPreferences
{
    School school;
    int mentorCapacity = 0; // 0: the rule set's default
    QJsonObject ruleSetOverrides;
};

class SchoolUseCases
{
    Q_DECLARE_TR_FUNCTIONS(SchoolUseCases)
public:
    explicit SchoolUseCases(Workspace &workspace)
        : m_ws(workspace)
    {}

    Result<School> school() const;
    // The school's name, or the database file's name before one is set.
    QString displayName() const;
    int mentorCapacity(QDate day) const;
    RuleSetRegistry ruleSets() const;
    QJsonObject ruleSetOverrides() const;
    Result<SchoolPreferences> preferences() const;
    // What is done of setting the school up, for the start checklist.
    Result<SetupProgress> setupProgress() const;
    // Its last step alone: sessions in the term holding today (or the next).
    Result<bool> termPlanned() const;
    // Nothing when the preferences are as they were: no empty undo step.
    Result<ChangePtr> setPreferences(const SchoolPreferences &preferences) const;

private:
    Result<bool> termPlanned(const QList<Term> &terms) const;

    Workspace &m_ws;
};

} // namespace idesk
