#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace idesk::Dates {

// Accepts ISO 8601 (2026-09-01) and the UK form a tutor types (01/09/2026).
QDate parse(const QString &text);
QString iso(QDate day);
QString uk(QDate day);
QVariant toDb(QDate day);
QDate fromDb(const QVariant &value);
// The 1 September that starts the academic year containing `day`.
QDate academicYearStart(QDate day);
// The day itself when a weekday, else the Monday after / the Friday before.
QDate firstWeekdayFrom(QDate day);
QDate lastWeekdayUntil(QDate day);
// "2026-27" for any day from 1 September 2026 to 31 August 2027.
QString academicYearLabel(QDate day);

} // namespace idesk::Dates
