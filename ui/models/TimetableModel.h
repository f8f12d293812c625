#pragma once

#include "calendar/SchoolDay.h"
#include "calendar/Timetable.h"

#include <QAbstractTableModel>

namespace idesk::ui {

// One person's timetable for one week of the cycle: a row per period of the
// school day, a column per weekday. Editing a cell does not write: the model
// asks (cellEdited) and the owner saves through the undo stack.
class TimetableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int ActivityRole = Qt::UserRole + 1; // int(Activity)
    static constexpr int ClassRole = Qt::UserRole + 2;

    explicit TimetableModel(QObject *parent = nullptr);

    void setTimetable(const SchoolDay &day, const Timetable &timetable, qint64 personId, int week);
    void setWeek(int week);
    int week() const { return m_week; }
    qint64 personId() const { return m_personId; }
    TimetableEntry entryAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Value: a QVariantMap with "activity" (int) and "class" (string).
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void cellEdited(const idesk::TimetableEntry &before, const idesk::TimetableEntry &after);

private:
    SchoolDay m_day;
    Timetable m_timetable;
    qint64 m_personId = 0;
    int m_week = 0;
};

} // namespace idesk::ui
