#pragma once

#include "io/CsvTable.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace idesk {

// Reads one sheet of an Excel workbook (.xlsx) with QuaZip and
// QXmlStreamReader: shared and inline strings, numbers, booleans, dates stored
// as serial numbers (recognised from the cell's number format, 1900 and 1904
// date systems), the first sheet or one chosen by name. Hostile files are
// refused before they cost much: entry sizes and compression ratios are
// checked before inflating and enforced while inflating, and any DTD (the
// vehicle of entity expansion) is refused.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    struct Limits
    {
        qsizetype maxFileBytes = 64 * 1024 * 1024;
        qint64 maxPartBytes = 256 * 1024 * 1024; // one XML part, inflated
        qint64 maxTotalBytes = 512 * 1024 * 1024;
        int maxRatio = 250; // inflated:compressed, for parts over 1 MB
        int maxEntries = 10'000;
        int maxColumns = 512;
        int maxRows = 1'000'000;
        int maxCellChars = 32'767; // Excel's own limit
    };

    static bool looksLikeXlsx(const QByteArray &head) { return head.startsWith("PK\x03\x04"); }
    static Result<CsvTable> read(const QByteArray &data, const QString &fileName,
                                 const QString &sheet = {});
    static Result<CsvTable> read(const QByteArray &data, const QString &fileName,
                                 const QString &sheet, const Limits &limits);
    static Result<CsvTable> readFile(const QString &path, const QString &sheet = {});
    // The sheet names, in the workbook's order.
    static Result<QStringList> sheetNames(const QByteArray &data, const QString &fileName);
    // Excel's serial day number as a date (1900 system unless `date1904`).
    static QDate dateFromSerial(double serial, bool date1904);
};

} // namespace idesk
