#pragma once

#include "development/NationalStandards.h"
#include "development/SelfAssessment.h"

#include <QHash>
#include <QList>

#include <optional>

namespace idesk {

// An item the mentor still rates red or amber: the support plan's lines.
struct SupportNeed
{
    StandardItem item;
    SelfAssessment latest;
};

// One mentor's self-assessment against the standards: the latest rating of
// each item, its history, and the support plan that follows from them.
class StandardsProfile
{
public:
    StandardsProfile(const NationalStandards &standards, QList<SelfAssessment> history);

    const NationalStandards &standards() const { return *m_standards; }
    std::optional<SelfAssessment> latest(const QString &item) const;
    // Newest first.
    QList<SelfAssessment> history(const QString &item) const;
    // Red items first, then amber, each in the standards' order.
    QList<SupportNeed> supportPlan() const;
    int count(StandardsRating rating) const;
    int notRated() const;
    QDate lastAssessed() const;
    bool isEmpty() const { return m_latest.isEmpty(); }

private:
    const NationalStandards *m_standards;
    QList<SelfAssessment> m_history; // oldest first
    QHash<QString, SelfAssessment> m_latest;
};

} // namespace idesk
