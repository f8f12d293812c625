#pragma once

#include "domain/MentorAssignment.h"
#include "domain/MentoringSession.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QLocale>

namespace idesk::ui {

// The sessions of the weeks shown, one row each, filtered by person or
// pairing. Text is made when the view asks for a row it shows: a trust's
// term is thousands of sessions, and a widget item per cell took longer to
// build than the window may stand still.
class SessionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        TimeColumn,
        KindColumn,
        MentorColumn,
        MenteeColumn,
        StatusColumn,
        DetailsColumn,
        ColumnCount
    };
    enum DataRole
    {
        IdRole = Qt::UserRole + 1,
        DayRole = Qt::UserRole + 3
    };

    explicit SessionsModel(QObject *parent = nullptr);

    // Everything to show; `person` and `pairing` (0 for any) choose the rows.
    void setSessions(QList<MentoringSession> sessions, QHash<qint64, QString> names,
                     QHash<qint64, MentorAssignment> pairings, qint64 person, qint64 pairing);
    const MentoringSession &sessionAt(int row) const { return m_sessions.at(m_rows.at(row)); }
    int rowOf(qint64 sessionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const MentoringSession &s, int column) const;

    QList<MentoringSession> m_sessions;
    QList<int> m_rows;            // indexes into m_sessions, in order, of the rows shown
    QHash<qint64, int> m_indexOf; // session id -> index into m_sessions
    QHash<qint64, QString> m_names;
    QHash<qint64, MentorAssignment> m_pairings;
    QLocale m_locale;
};

} // namespace idesk::ui
