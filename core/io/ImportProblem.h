#pragma once

#include <QString>

namespace idesk {

// One thing wrong with an imported file, where a person will find it.
struct ImportProblem
{
    QString file;
    int row = 0;    // as a spreadsheet shows it; 0 for the file as a whole
    QString column; // the header name; empty for a whole row
    QString message;

    QString text() const
    {
        QString where = file;
        if (row > 0)
            where += QStringLiteral(", row %1").arg(row);
        if (!column.isEmpty())
            where += QStringLiteral(", column %1").arg(column);
        return where + QStringLiteral(": ") + message;
    }
};

} // namespace idesk
