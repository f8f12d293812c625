#pragma once

#include "util/TaskControl.h"

#include "domain/Person.h"
#include "io/ImportProblem.h"
#include "io/StaffColumns.h"
#include "io/StaffFieldSet.h"
#include "util/Result.h"


#include <atomic>
#include <functional>

namespace idesk {

// One member of staff as a row of the file gave them.
struct StaffRecord
{
    int row = 0;
    Person person;
    StaffFieldSet given; // fields with a value in this row
    bool partTimeWithoutFte = false;
};

struct StaffList
{
    CsvTable table; // the file as read, header in place (rows kept for the preview)
    StaffColumns columns;
    QString sourceKey;
    QList<StaffRecord> records;
    QList<ImportProblem> problems;
};

// Progress (0 to 100) and cancellation for work off the GUI thread.
// Progress and cancellation for a long read (see util/TaskControl.h).
using ReadControl = TaskControl;

// Reads a staff list exported by a school information system, CSV or XLSX
// (told apart by content, not by name), finds the header under any title
// rows, maps the columns, and checks every row: names, TRN (as DfE
// normalises it), email, dates (UK and ISO, and Excel serial numbers), QTS,
// FTE, and duplicates inside the file. Problems name file, row and column.
class StaffListReader
{
    Q_DECLARE_TR_FUNCTIONS(StaffListReader)
public:
    // Reads the file into a table; `sheet` chooses a workbook's sheet.
    static Result<CsvTable> readTable(const QString &path, const QString &sheet = {});
    // Checks every row with the given columns.
    static StaffList parse(const CsvTable &table, const StaffColumns &columns,
                           const ReadControl &control = {});
    static QDate parseDate(const QString &text);
    static std::optional<bool> parseYesNo(const QString &text);
};

} // namespace idesk
