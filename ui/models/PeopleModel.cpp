#include "PeopleModel.h"

#include "application/PeopleUseCases.h"
#include "application/Workspace.h"

namespace idesk::ui {

PeopleModel::PeopleModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PeopleModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
}

PeopleModel::Data PeopleModel::read(Workspace &ws)
{
    Data d;
    d.today = ws.today();
    auto people = PeopleUseCases(ws).all();
    auto roles = PeopleUseCases(ws).rolesHeldOn(d.today);
    if (!people)
        d.error = people.error().message;
    else if (!roles)
        d.error = roles.error().message;
    else {
        d.people = std::move(*people);
        d.roles = std::move(*roles);
    }
    return d;
}

void PeopleModel::show(Data &d)
{
    beginResetModel();
    m_today = d.today;
    m_people = std::move(d.people);
    m_roles = std::move(d.roles);
    endResetModel();
}

Status PeopleModel::reload()
{
    Data d = m_workspace ? read(*m_workspace) : Data();
    if (!d.error.isEmpty())
        return Error::storage(d.error);
    show(d);
    return Status::success();
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PeopleModel::rowOf(qint64 personId) const
{
    for (int i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).id == personId)
            return i;
    }
    return -1;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &p = m_people.at(index.row());
    const QList<Role> held = m_roles.value(p.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.displayName();
        case StaffCodeColumn:
            return p.staffCode;
        case TrnColumn:
            return p.trn;
        case EmailColumn:
            return p.email;
        case QtsColumn:
            return p.qts ? tr("Yes") : tr("No");
        case RolesColumn: {
            QStringList names;
            for (const auto r : held)
                names.append(Roles::displayName(r));
            return names.join(QStringLiteral(", "));
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && p.workingPattern == WorkingPattern::PartTime)
            return tr("Part-time, %1 FTE").arg(p.fte);
        return {};
    case SortRole:
        if (index.column() == NameColumn)
            return QString(p.lastName + QLatin1Char('\t') + p.firstName);
        return data(index, Qt::DisplayRole);
    case PersonIdRole:
        return p.id;
    case RoleKeysRole: {
        QStringList keys;
        for (const auto r : held)
            keys.append(Roles::key(r));
        return keys;
    }
    case SearchTextRole:
        return QStringList{p.fullName(), p.staffCode, p.trn, p.email}.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StaffCodeColumn:
        return tr("Staff code");
    case TrnColumn:
        return tr("TRN");
    case EmailColumn:
        return tr("Email");
    case QtsColumn:
        return tr("QTS");
    case RolesColumn:
        return tr("Roles today");
    }
    return {};
}

} // namespace idesk::ui
