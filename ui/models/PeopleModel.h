#pragma once

#include "domain/Person.h"
#include "domain/Role.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace idesk {
class Workspace;
}

namespace idesk::ui {

// The school's staff with the roles each holds today, read from core.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StaffCodeColumn,
        TrnColumn,
        EmailColumn,
        QtsColumn,
        RolesColumn,
        ColumnCount
    };
    enum DataRole
    {
        PersonIdRole = Qt::UserRole + 1,
        RoleKeysRole,   // QStringList of role keys held today
        SearchTextRole, // everything search-as-you-type matches against
        SortRole        // surname first, so titles do not decide the order
    };

    // What the model shows, read in one go (on a worker when the window reads it).
    struct Data
    {
        QDate today;
        QList<Person> people;
        QHash<qint64, QList<Role>> roles;
        QString error; // why nothing could be read
    };

    explicit PeopleModel(QObject *parent = nullptr);

    // Today comes from the workspace's clock at each reload.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }
    Status reload();
    static Data read(Workspace &workspace);
    void show(Data &data);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Person &personAt(int row) const { return m_people.at(row); }
    int rowOf(qint64 personId) const;

private:
    Workspace *m_workspace = nullptr;
    QDate m_today;
    QList<Person> m_people;
    QHash<qint64, QList<Role>> m_roles;
};

} // namespace idesk::ui
