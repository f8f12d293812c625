#pragma once

#include "domain/MentorAssignment.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace idesk {
class Workspace;
}

namespace idesk::ui {

// Every mentor pairing, current and past, so the history stays visible.
class PairingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        MentorColumn,
        MenteeColumn,
        FromColumn,
        ToColumn,
        StatusColumn,
        NoteColumn,
        ColumnCount
    };
    enum DataRole
    {
        PairingIdRole = Qt::UserRole + 1,
        MenteeIdRole,
        IsCurrentRole,
        SortRole
    };

    // What the model shows, read in one go (on a worker when the window reads it).
    struct Data
    {
        QDate today;
        QList<MentorAssignment> pairings;
        QHash<qint64, QString> names;
        QHash<qint64, QString> sortNames; // surname first
        QString error;                    // why nothing could be read
    };

    explicit PairingsModel(QObject *parent = nullptr);

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

    const MentorAssignment &pairingAt(int row) const { return m_pairings.at(row); }

private:
    QString statusText(const MentorAssignment &a) const;

    Workspace *m_workspace = nullptr;
    QDate m_today;
    QList<MentorAssignment> m_pairings;
    QHash<qint64, QString> m_names;
    QHash<qint64, QString> m_sortNames; // surname first
};

} // namespace idesk::ui
