#pragma once

#include <QList>
#include <QStringList>

namespace idesk {

// A CSV file as read: the header, the records, and how the file was written.
struct CsvTable
{
    QString fileName;
    QString encoding; // "UTF-8", "UTF-8 with BOM", "Windows-1252"
    QChar separator;  // ',', ';' or '\t'
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowNumbers; // as a spreadsheet shows them: the header is row 1

    // The column whose header matches one of `names` (case and spacing ignored), or -1.
    int column(const QStringList &names) const;
    QString cell(qsizetype row, int column) const
    {
        return column >= 0 && column < rows.at(row).size() ? rows.at(row).at(column).trimmed()
                                                           : QString();
    }
};

} // namespace idesk
