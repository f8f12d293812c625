#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace idesk {

// "Mon,Tue,Fri", "Mon..Fri", "Mon-Wed" or "Monday" -> 1-based weekdays; none when unreadable.
std::optional<QList<int>> parseWeekdays(const QString &text);
QString weekdayName(int weekday); // "Mon"

} // namespace idesk
