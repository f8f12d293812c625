#pragma once

#include "domain/Induction.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

class Database;

struct InductionRequest
{
    qint64 personId = 0;
    QDate start;
    double fte = 1.0;
    std::optional<ProgrammeRoute> route; // default: the first route of the start date's rule set
    QString appropriateBody;
    double priorTerms = 0.0;         // terms already served (legacy inductions)
    std::optional<double> reducedTo; // terms, when the appropriate body reduces induction
};

// Starting an induction and moving it through its statuses, with the rule
// set of the start date deciding the terms required and the routes allowed.
class InductionService
{
    Q_DECLARE_TR_FUNCTIONS(InductionService)
public:
    explicit InductionService(Database &db)
        : m_db(db)
    {}

    // `addedRoleId` receives the ECT role granted with the induction (0 if held already).
    Result<qint64> start(const InductionRequest &request, qint64 *addedRoleId = nullptr);
    // The induction that is neither withdrawn nor completed, latest first.
    Result<Induction> current(qint64 personId) const;
    // pause, resume (to Active), withdraw, complete. `reason` is a DfE reason
    // key or free text (stored as "other" with the text).
    Result<qint64> changeStatus(qint64 personId, InductionStatus to, QDate from,
                                const QString &reason);

private:
    Database &m_db;
};

} // namespace idesk
