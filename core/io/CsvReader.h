#pragma once

#include "CsvTable.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace idesk {

// Reads CSV as school information systems and Excel write it: UTF-8 with or
// without a BOM, UTF-16 (Excel's "Unicode Text"), or Windows-1252; comma, semicolon or tab
// separated (detected from the header); RFC 4180 quoting with doubled quotes and line breaks inside
// quotes; CRLF or LF. Blank rows are skipped. Limits keep a hostile file from taking unbounded time
// or memory.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Limits
    {
        qsizetype maxBytes = 64 * 1024 * 1024;
        qsizetype maxFieldChars = 32 * 1024;
        int maxColumns = 512;
        int maxRows = 1'000'000;
    };

    static Result<CsvTable> read(const QByteArray &data, const QString &fileName)
    {
        return read(data, fileName, Limits{});
    }
    static Result<CsvTable> read(const QByteArray &data, const QString &fileName,
                                 const Limits &limits);
    static Result<CsvTable> readFile(const QString &path);
    static QString decode(const QByteArray &data, QString *encoding);
    // UTF-16 (Excel's "Unicode Text"), by its byte order mark or by its zeros.
    static std::optional<QStringDecoder::Encoding> utf16Of(const QByteArray &data);
};

} // namespace idesk
