#include "SessionsModel.h"

#include "domain/SessionDetails.h"

namespace idesk::ui {

SessionsModel::SessionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SessionsModel::setSessions(QList<MentoringSession> sessions, QHash<qint64, QString> names,
                                QHash<qint64, MentorAssignment> pairings, qint64 person,
                                qint64 pairing)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    m_names = std::move(names);
    m_pairings = std::move(pairings);
    m_rows.clear();
    m_indexOf.clear();
    m_indexOf.reserve(m_sessions.size());
    for (int i = 0; i < m_sessions.size(); ++i) {
        const MentoringSession &s = m_sessions.at(i);
        m_indexOf.insert(s.id, i);
        const MentorAssignment a = m_pairings.value(s.assignmentId);
        if ((pairing > 0 && s.assignmentId != pairing) ||
            (person > 0 && a.mentorId != person && a.menteeId != person))
            continue;
        m_rows.append(i);
    }
    endResetModel();
}

int SessionsModel::rowOf(qint64 sessionId) const
{
    const int index = m_indexOf.value(sessionId, -1);
    return index < 0 ? -1 : int(m_rows.indexOf(index));
}

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionsModel::text(const MentoringSession &s, int column) const
{
    const MentorAssignment a = m_pairings.value(s.assignmentId);
    switch (column) {
    case DateColumn:
        return m_locale.toString(s.day, QStringLiteral("ddd dd/MM/yyyy"));
    case TimeColumn:
        return s.start.toString(QStringLiteral("HH:mm"));
    case KindColumn:
        return SessionKinds::displayName(s.kind);
    case MentorColumn:
        return m_names.value(a.mentorId);
    case MenteeColumn:
        return m_names.value(a.menteeId);
    case StatusColumn: {
        const int moved = m_indexOf.value(s.rescheduledTo, -1);
        return SessionDetails::status(s, moved >= 0 ? &m_sessions.at(moved) : nullptr);
    }
    case DetailsColumn:
        return SessionDetails::describe(s);
    }
    return {};
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MentoringSession &s = m_sessions.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(s, index.column());
    case IdRole:
        return s.id;
    case DayRole:
        return s.day;
    default:
        return {};
    }
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Session");
    case MentorColumn:
        return tr("Mentor");
    case MenteeColumn:
        return tr("Mentee");
    case StatusColumn:
        return tr("Status");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace idesk::ui
