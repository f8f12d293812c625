#pragma once

#include "development/StandardsProfile.h"
#include "development/TrainingRecord.h"
#include "domain/Person.h"
#include "domain/Role.h"
#include "reporting/StandardsSummary.h"

#include <QCoreApplication>

namespace idesk {

// The one-page standards summary of a mentor, from what the application layer
// has read; it reads nothing itself.
class StandardsSummaryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StandardsSummaryBuilder)
public:
    static StandardsSummary build(const Person &mentor, const QString &school,
                                  const QList<Role> &roles, const StandardsProfile &profile,
                                  const TrainingRecord &training, QDate today);
};

} // namespace idesk
