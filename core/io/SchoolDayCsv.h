#pragma once

#include "calendar/SchoolDay.h"
#include "io/CsvTable.h"

#include <QCoreApplication>

namespace idesk {

// A school day from CSV with the columns Period, Start, End, Kind (times as
// HH:MM). Every problem is reported with file, row and column; any problem
// refuses the whole file.
class SchoolDayCsv
{
    Q_DECLARE_TR_FUNCTIONS(SchoolDayCsv)
public:
    static Result<QList<Period>> parse(const CsvTable &table, QStringList *problems);
    static QTime parseTime(const QString &text);
};

} // namespace idesk
