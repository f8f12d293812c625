#include "PairingsModel.h"

#include "application/PairingUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/Workspace.h"
#include "util/Dates.h"

namespace idesk::ui {

PairingsModel::PairingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PairingsModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
}

PairingsModel::Data PairingsModel::read(Workspace &ws)
{
    Data d;
    d.today = ws.today();
    auto pairings = PairingUseCases(ws).all();
    auto people = PeopleUseCases(ws).all();
    if (!pairings)
        d.error = pairings.error().message;
    else if (!people)
        d.error = people.error().message;
    else {
        d.pairings = std::move(*pairings);
        d.names.reserve(people->size());
        d.sortNames.reserve(people->size());
        for (const Person &person : std::as_const(*people)) {
            d.names.insert(person.id, person.displayName());
            d.sortNames.insert(person.id, person.lastName + QLatin1Char('\t') + person.firstName);
        }
    }
    return d;
}

void PairingsModel::show(Data &d)
{
    beginResetModel();
    m_today = d.today;
    m_pairings = std::move(d.pairings);
    m_names = std::move(d.names);
    m_sortNames = std::move(d.sortNames);
    endResetModel();
}

Status PairingsModel::reload()
{
    Data d = m_workspace ? read(*m_workspace) : Data();
    if (!d.error.isEmpty())
        return Error::storage(d.error);
    show(d);
    return Status::success();
}

int PairingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairings.size());
}

int PairingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PairingsModel::statusText(const MentorAssignment &a) const
{
    if (a.period.from > m_today)
        return tr("Starts %1").arg(Dates::uk(a.period.from));
    if (a.period.contains(m_today))
        return tr("Current");
    return a.replacedBy > 0 ? tr("Replaced") : tr("Ended");
}

QVariant PairingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MentorAssignment &a = m_pairings.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case KindColumn:
            return a.kind == PairingKind::Ect ? tr("ECT") : tr("ITT");
        case MentorColumn:
            return (role == SortRole ? m_sortNames : m_names).value(a.mentorId);
        case MenteeColumn:
            return (role == SortRole ? m_sortNames : m_names).value(a.menteeId);
        case FromColumn:
            return role == SortRole ? QVariant(a.period.from) : QVariant(Dates::uk(a.period.from));
        case ToColumn:
            if (role == SortRole)
                return a.period.isOpenEnded() ? QVariant(QDate(9999, 12, 31))
                                              : QVariant(a.period.to);
            return a.period.isOpenEnded() ? QString() : Dates::uk(a.period.to);
        case StatusColumn:
            return statusText(a);
        case NoteColumn: {
            QStringList notes;
            if (!a.endReason.isEmpty())
                notes.append(a.endReason);
            for (const auto w : a.acknowledged)
                notes.append(tr("Acknowledged: %1").arg(AssignmentWarnings::displayName(w)));
            return notes.join(QStringLiteral("; "));
        }
        }
        return {};
    }
    switch (role) {
    case PairingIdRole:
        return a.id;
    case MenteeIdRole:
        return a.menteeId;
    case IsCurrentRole:
        return a.period.contains(m_today);
    case Qt::ToolTipRole:
        if (index.column() == KindColumn)
            return PairingKinds::displayName(a.kind);
        return {};
    }
    return {};
}

QVariant PairingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case MentorColumn:
        return tr("Mentor");
    case MenteeColumn:
        return tr("Mentee");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("History note");
    }
    return {};
}

} // namespace idesk::ui
