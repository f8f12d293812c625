#include "Place.h"

#include <QCoreApplication>

namespace idesk {

QString Place::text() const
{
    QString where = file;
    if (!sheet.isEmpty())
        where += QCoreApplication::translate("Place", ", sheet %1").arg(sheet);
    if (line > 0)
        where += QCoreApplication::translate("Place", ", line %1").arg(line);
    if (row > 0)
        where += QCoreApplication::translate("Place", ", row %1").arg(row);
    if (!column.isEmpty())
        where += QCoreApplication::translate("Place", ", column %1").arg(column);
    return where;
}

} // namespace idesk
