#pragma once

#include <QSortFilterProxyModel>

namespace idesk::ui {

// Search-as-you-type over names, staff code, TRN and email, and a role filter.
class PeopleFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PeopleFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setRoleKey(const QString &roleKey); // empty: everyone

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_roleKey;
};

} // namespace idesk::ui
