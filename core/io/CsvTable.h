#pragma once

#include <QList>
#include <QStringList>

namespace idesk {

// A table as read from a CSV file or a spreadsheet's sheet: the header, the
// records, and how the file was written.
struct CsvTable
{
    QString fileName;
    QString encoding; // "UTF-8", "UTF-8 with BOM", "Windows-1252"; "XLSX" for a workbook
    QChar separator;  // ',', ';' or '\t'; none for a workbook
    QString sheet;    // the sheet of a workbook
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowNumbers; // as a spreadsheet shows them: the header is row 1
    int headerRow = 1;     // where the header is, when rows above it were skipped

    // Makes the row at `index` (0 = the current header) the header: for files
    // with a title or notes above the real header.
    void rebaseHeader(qsizetype index);

    // The column whose header matches one of `names` (case and spacing ignored), or -1.
    int column(const QStringList &names) const;
    QString cell(qsizetype row, int column) const
    {
        return column >= 0 && column < rows.at(row).size() ? rows.at(row).at(column).trimmed()
                                                           : QString();
    }
};

} // namespace idesk
