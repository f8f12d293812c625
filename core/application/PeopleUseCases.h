#pragma once

#include "application/Change.h"
#include "application/PersonEdits.h"
#include "calendar/WorkingTime.h"
#include "domain/Induction.h"
#include "domain/Person.h"
#include "domain/Placement.h"
#include "domain/Role.h"
#include "domain/RoleTenure.h"
#include "scheduling/InductionYear.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace idesk {

struct InductionProgress
{
    Induction induction;
    QDate on;
    double served = 0; // terms, prior ones included
    int year = 1;      // of induction
    QList<TermCredit> credits;
};

class Workspace;

// Who is who: people, the roles they hold over time, their inductions and
// placements. Reads for the People views and the edits made there.
class PeopleUseCases
{
    Q_DECLARE_TR_FUNCTIONS(PeopleUseCases)
public:
    explicit PeopleUseCases(Workspace &workspace)
        : m_ws(workspace)
    {}

    Result<QList<Person>> all() const;
    Result<Person> person(qint64 id) const;
    // A TRN, staff code or id, as typed on the command line.
    Result<Person> resolve(const QString &ref) const;
    Result<int> count() const;
    Result<QHash<qint64, QString>> displayNames() const;
    Result<QHash<qint64, QList<Role>>> rolesHeldOn(QDate day) const;
    Result<QList<RoleTenure>> rolesOf(qint64 personId) const;
    // For checking as the user types that a code or TRN is not taken.
    Result<std::optional<Person>> withStaffCode(const QString &code) const;
    Result<std::optional<Person>> withTrn(const QString &trn) const;

    Result<ChangePtr> edit(const PersonEdit &edit) const;
    Result<ChangePtr> addEct(const NewEct &ect) const;
    Result<ChangePtr> addTrainee(const NewTrainee &trainee) const;
    Result<ChangePtr> addRole(qint64 personId, Role role, const DateRange &held) const;
    Result<ChangePtr> endRole(qint64 personId, Role role, QDate to) const;
    Result<ChangePtr> startInduction(const InductionRequest &request) const;
    // How far a person's induction has come on `day`: the terms counted,
    // each with its dates and where they came from.
    Result<InductionProgress> inductionProgress(qint64 personId, QDate day) const;
    Result<ChangePtr> changeInductionStatus(qint64 personId, InductionStatus to, QDate from,
                                            const QString &reason) const;
    Result<ChangePtr> addPlacement(const Placement &placement) const;
    Result<ChangePtr> setWorkingPattern(qint64 personId, const WorkSchedule &pattern) const;

private:
    Workspace &m_ws;
};

} // namespace idesk
