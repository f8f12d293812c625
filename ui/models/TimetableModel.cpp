#include "TimetableModel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace idesk::ui {

TimetableModel::TimetableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TimetableModel::setTimetable(const SchoolDay &day, const Timetable &timetable, qint64 personId,
                                  int week)
{
    beginResetModel();
    m_day = day;
    m_timetable = timetable;
    m_personId = personId;
    m_week = std::clamp(week, 0, timetable.cycleWeeks() - 1);
    endResetModel();
}

void TimetableModel::setWeek(int week)
{
    beginResetModel();
    m_week = std::clamp(week, 0, m_timetable.cycleWeeks() - 1);
    endResetModel();
}

TimetableEntry TimetableModel::entryAt(const QModelIndex &index) const
{
    const Period &period = m_day.periods().at(index.row());
    const int weekday = index.column() + 1;
    if (const TimetableEntry *e = m_timetable.entry(m_personId, m_week, weekday, period.id))
        return *e;
    return {m_personId, m_week, weekday, period.id, Activity::Free, {}};
}

int TimetableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_personId == 0 ? 0 : int(m_day.periods().size());
}

int TimetableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QVariant TimetableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const TimetableEntry e = entryAt(index);
    const Period &period = m_day.periods().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (e.activity == Activity::Teaching && !e.classLabel.isEmpty())
            return e.classLabel;
        return Activities::displayName(e.activity);
    case Qt::ToolTipRole:
        return tr("%1, %2 to %3: %4%5")
            .arg(period.name, period.start.toString(QStringLiteral("HH:mm")),
                 period.end.toString(QStringLiteral("HH:mm")), Activities::displayName(e.activity),
                 e.classLabel.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.classLabel));
    case Qt::BackgroundRole: {
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        switch (e.activity) {
        case Activity::Teaching:
            return QBrush(dark ? QColor(0x2a, 0x4a, 0x6e) : QColor(0xcf, 0xe2, 0xf3));
        case Activity::Ppa:
        case Activity::NonContact:
            return QBrush(dark ? QColor(0x6e, 0x55, 0x1f) : QColor(0xfc, 0xe5, 0xb0));
        case Activity::NotWorking:
            return QBrush(dark ? QColor(0x3a, 0x3a, 0x3a) : QColor(0xe6, 0xe6, 0xe6));
        case Activity::Duty:
            return QBrush(dark ? QColor(0x5a, 0x3a, 0x5e) : QColor(0xe8, 0xd8, 0xf0));
        case Activity::Free:
            return {};
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case ActivityRole:
        return int(e.activity);
    case ClassRole:
        return e.classLabel;
    default:
        return {};
    }
}

QVariant TimetableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return QLocale().dayName(section + 1, QLocale::LongFormat);
    if (section < 0 || section >= m_day.periods().size())
        return {};
    const Period &p = m_day.periods().at(section);
    return QStringLiteral("%1\n%2-%3")
        .arg(p.name, p.start.toString(QStringLiteral("HH:mm")),
             p.end.toString(QStringLiteral("HH:mm")));
}

Qt::ItemFlags TimetableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool TimetableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const QVariantMap map = value.toMap();
    const TimetableEntry before = entryAt(index);
    TimetableEntry after = before;
    after.activity = Activity(map.value(QStringLiteral("activity")).toInt());
    after.classLabel = after.activity == Activity::Teaching
                           ? map.value(QStringLiteral("class")).toString().trimmed().left(40)
                           : QString();
    if (after.activity == before.activity && after.classLabel == before.classLabel)
        return false;
    emit cellEdited(before, after);
    return true;
}

} // namespace idesk::ui
