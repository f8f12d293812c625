#pragma once

#include <QString>

namespace idesk {

// Where in a file something is: what a refusal names so that a person can
// open the file and find it, and what the CLI's JSON reports as
// `file`, `line` or `row`, and `column`.
struct Place
{
    QString file;
    int line = 0;   // a text file's line (calendars, JSON)
    int row = 0;    // a table's row as a spreadsheet shows it
    QString column; // a header name or a cell's column letter
    QString sheet;  // a workbook's sheet

    static Place atLine(const QString &file, int line) { return {file, line, 0, {}, {}}; }
    static Place atRow(const QString &file, int row, const QString &column = {},
                       const QString &sheet = {})
    {
        return {file, 0, row, column, sheet};
    }

    bool isEmpty() const { return file.isEmpty(); }
    // "staff.xlsx, sheet Staff, row 7, column B"
    QString text() const;
};

} // namespace idesk
