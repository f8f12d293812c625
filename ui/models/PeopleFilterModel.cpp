#include "PeopleFilterModel.h"

#include "PeopleModel.h"

namespace idesk::ui {

PeopleFilterModel::PeopleFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setSortRole(PeopleModel::SortRole);
}

void PeopleFilterModel::setSearchText(const QString &text)
{
    // Every word must match somewhere, so "jane 123" finds Jane by TRN digits.
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void PeopleFilterModel::setRoleKey(const QString &roleKey)
{
    m_roleKey = roleKey;
    invalidateFilter();
}

bool PeopleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_roleKey.isEmpty() &&
        !index.data(PeopleModel::RoleKeysRole).toStringList().contains(m_roleKey))
        return false;
    const QString haystack = index.data(PeopleModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace idesk::ui
