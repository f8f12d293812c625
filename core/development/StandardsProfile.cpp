#include "StandardsProfile.h"

#include <algorithm>

namespace idesk {

namespace {
bool earlier(const SelfAssessment &a, const SelfAssessment &b)
{
    return a.date != b.date ? a.date < b.date : a.id < b.id;
}
} // namespace

StandardsProfile::StandardsProfile(const NationalStandards &standards,
                                   QList<SelfAssessment> history)
    : m_standards(&standards)
    , m_history(std::move(history))
{
    // Ratings of items the standards no longer list are kept in the database
    // but play no part here.
    m_history.removeIf([&](const SelfAssessment &a) { return !standards.item(a.item); });
    std::stable_sort(m_history.begin(), m_history.end(), earlier);
    for (const SelfAssessment &a : std::as_const(m_history))
        m_latest.insert(a.item, a);
}

std::optional<SelfAssessment> StandardsProfile::latest(const QString &item) const
{
    const auto it = m_latest.constFind(item);
    if (it == m_latest.constEnd())
        return std::nullopt;
    return *it;
}

QList<SelfAssessment> StandardsProfile::history(const QString &item) const
{
    QList<SelfAssessment> list;
    for (auto it = m_history.crbegin(); it != m_history.crend(); ++it) {
        if (it->item == item)
            list.append(*it);
    }
    return list;
}

QList<SupportNeed> StandardsProfile::supportPlan() const
{
    QList<SupportNeed> plan;
    for (StandardsRating wanted : {StandardsRating::Red, StandardsRating::Amber}) {
        for (const StandardItem &item : m_standards->items()) {
            const auto it = m_latest.constFind(item.code);
            if (it != m_latest.constEnd() && it->rating == wanted)
                plan.append({item, *it});
        }
    }
    return plan;
}

int StandardsProfile::count(StandardsRating rating) const
{
    return int(std::count_if(m_latest.cbegin(), m_latest.cend(),
                             [&](const SelfAssessment &a) { return a.rating == rating; }));
}

int StandardsProfile::notRated() const
{
    return int(m_standards->items().size()) - int(m_latest.size());
}

QDate StandardsProfile::lastAssessed() const
{
    QDate last;
    for (const SelfAssessment &a : m_history)
        last = std::max(last, a.date);
    return last;
}

} // namespace idesk
