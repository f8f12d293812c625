#include "XlsxReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

#include <cmath>

namespace idesk {

namespace {

using Limits = XlsxReader::Limits;

// Excel's last row: LibreOffice writes formatted but empty rows down to it.
constexpr int LastExcelRow = 1'048'576;

// LibreOffice writes every formatted row down to row 1,048,576: a sheet of
// twenty staff can be 170 MB of XML, nearly all empty rows. The sheet is cut
// after the row holding the last value (a cell's value ends with </v>, an
// inline or rich text with </t>, whatever the namespace prefix), and closed
// there. Text and attributes never hold "</", so the cut is never before the
// last value; at worst it is later than it need be.
QByteArray withoutTrailingEmptyRows(const QByteArray &xml)
{
    qsizetype last = -1;
    for (const char *end : {"</v>", "</t>", ":v>", ":t>"})
        last = std::max(last, xml.lastIndexOf(end));
    const qsizetype sheetData = xml.indexOf("sheetData");
    if (last < 0 || sheetData < 1)
        return xml;
    const qsizetype rowEnd = xml.indexOf("row>", last);
    const qsizetype open = xml.lastIndexOf('<', sheetData);
    if (rowEnd < 0 || open < 0 || xml.size() - rowEnd < 1024 * 1024)
        return xml;                                                    // nothing worth cutting
    const QByteArray prefix = xml.mid(open + 1, sheetData - open - 1); // "" or "x:"
    if (prefix.contains('/') || prefix.size() > 32)
        return xml;
    return xml.left(rowEnd + 4) + "</" + prefix + "sheetData></" + prefix + "worksheet>";
}

// 0 -> "A", 27 -> "AB": a column as a spreadsheet names it.
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    Workbook(const QByteArray &data, QString fileName, const Limits &limits)
        : m_data(data)
        , m_buffer(&m_data)
        , m_zip(&m_buffer)
        , m_fileName(std::move(fileName))
        , m_limits(limits)
    {}

    Status open();
    Result<QByteArray> part(const QString &name);
    bool hasPart(const QString &name) const { return m_sizes.contains(name); }
    Status readWorkbook();
    Status readSharedStrings();
    Status readStyles();
    Result<CsvTable> readSheet(const QString &sheet);

    QStringList sheetNames() const { return m_sheetNames; }

private:
    Error problem(const QString &what) const
    {
        return Error::in(Place{m_fileName, 0, 0, {}, {}}, what);
    }
    Error rowProblem(const QString &sheet, int row, const QString &what) const
    {
        return Error::in(Place{m_fileName, 0, row, {}, sheet}, what);
    }
    // A problem of one cell: the sheet, the row and the column's letters.
    Error cellProblem(const QString &sheet, int row, int column, const QString &what) const
    {
        return Error::in(Place{m_fileName, 0, row, columnName(column), sheet}, what);
    }
    Status checkXml(QXmlStreamReader &xml, const QString &part) const;
    QString cellText(const QString &type, const QString &raw, int style) const;

    QByteArray m_data;
    QBuffer m_buffer;
    QuaZip m_zip;
    QString m_fileName;
    Limits m_limits;
    QHash<QString, qint64> m_sizes; // entry name -> inflated size, as declared
    qint64 m_inflated = 0;
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    bool m_date1904 = false;
    QStringList m_shared;
    QSet<int> m_tooLong;       // shared texts over Excel's limit, refused where a cell uses them
    QList<bool> m_styleIsDate; // cellXfs index -> date format
};

bool isDateFormatCode(QString code)
{
    // Drop quoted text, escaped characters and [colour]/[$-locale] sections:
    // what is left of "d", "m", "y" means a date.
    QString plain;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            if (end < 0)
                break;
            i = end;
        } else {
            plain.append(c.toLower());
        }
    }
    plain = plain.section(QLatin1Char(';'), 0, 0);
    return plain.contains(QLatin1Char('d')) || plain.contains(QLatin1Char('y')) ||
           (plain.contains(QLatin1Char('m')) && !plain.contains(QLatin1Char('h')) &&
            !plain.contains(QLatin1Char('s')));
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// "BC12" -> column 54 (0-based 54) and row 12; column -1 when unreadable.
int columnOf(const QString &ref)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : ref) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : column - 1;
}

QString partPath(QString target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    // Relative to xl/; "../" never leaves it in a real workbook.
    while (target.startsWith(QLatin1String("./")))
        target = target.mid(2);
    return QStringLiteral("xl/") + target;
}

Status Workbook::open()
{
    if (!m_zip.open(QuaZip::mdUnzip))
        return problem(tr("is not an Excel workbook (.xlsx) that can be opened; save it again "
                          "from your spreadsheet as .xlsx or CSV"));
    const int entries = m_zip.getEntriesCount();
    if (entries < 0 || entries > m_limits.maxEntries)
        return problem(
            tr("has %1 parts; a staff list has far fewer, so the file is refused").arg(entries));
    qint64 total = 0;
    for (bool more = m_zip.goToFirstFile(); more; more = m_zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip.getCurrentFileInfo(&info))
            return problem(tr("has a damaged table of contents"));
        const auto size = qint64(info.uncompressedSize);
        const auto packed = std::max<qint64>(1, qint64(info.compressedSize));
        if (size > m_limits.maxPartBytes)
            return problem(tr("part %1 would inflate to %2 MB; refused")
                               .arg(info.name)
                               .arg(size / (1024 * 1024)));
        if (size > 1024 * 1024 && size / packed > m_limits.maxRatio)
            return problem(tr("part %1 is compressed %2 to 1, which real workbooks never are "
                              "(a \"zip bomb\"); refused")
                               .arg(info.name)
                               .arg(size / packed));
        total += size;
        m_sizes.insert(info.name, size);
    }
    if (total > m_limits.maxTotalBytes)
        return problem(tr("would inflate to %1 MB in all; refused").arg(total / (1024 * 1024)));
    return Status::success();
}

Result<QByteArray> Workbook::part(const QString &name)
{
    if (!m_sizes.contains(name))
        return problem(tr("has no part %1, which every workbook has").arg(name));
    if (!m_zip.setCurrentFile(name))
        return problem(tr("part %1 cannot be found").arg(name));
    QuaZipFile file(&m_zip);
    if (!file.open(QIODevice::ReadOnly))
        return problem(tr("part %1 cannot be read").arg(name));
    // The declared size is not trusted: reading stops at it (plus a little),
    // so a lying header cannot inflate more than the limits allow.
    const qint64 allowed = std::min(m_sizes.value(name) + 1, m_limits.maxPartBytes + 1);
    QByteArray out;
    char chunk[64 * 1024];
    while (true) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0)
            return problem(tr("part %1 is damaged").arg(name));
        if (n == 0)
            break;
        out.append(chunk, n);
        m_inflated += n;
        if (out.size() > allowed - 1 || m_inflated > m_limits.maxTotalBytes)
            return problem(tr("part %1 inflates to more than it declares; refused").arg(name));
    }
    if (file.getZipError() != 0)
        return problem(tr("part %1 is damaged").arg(name));
    return out;
}

Status Workbook::checkXml(QXmlStreamReader &xml, const QString &part) const
{
    if (xml.tokenType() == QXmlStreamReader::DTD)
        return problem(tr("part %1 declares a DTD, which workbooks never need; refused").arg(part));
    if (xml.tokenType() == QXmlStreamReader::EntityReference)
        return problem(tr("part %1 uses an undeclared entity; refused").arg(part));
    return Status::success();
}

Status Workbook::readWorkbook()
{
    auto rels = part(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels)
        return rels.error();
    QHash<QString, QString> targets;
    QXmlStreamReader relXml(*rels);
    while (!relXml.atEnd()) {
        relXml.readNext();
        if (auto s = checkXml(relXml, QStringLiteral("workbook.xml.rels")); !s)
            return s;
        if (relXml.isStartElement() && relXml.name() == QLatin1String("Relationship"))
            targets.insert(relXml.attributes().value(QLatin1String("Id")).toString(),
                           relXml.attributes().value(QLatin1String("Target")).toString());
    }
    if (relXml.hasError())
        return problem(
            tr("workbook.xml.rels is not well-formed XML (%1)").arg(relXml.errorString()));

    auto workbook = part(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return workbook.error();
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (auto s = checkXml(xml, QStringLiteral("workbook.xml")); !s)
            return s;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            QString rid;
            for (const auto &a : xml.attributes()) {
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
            }
            m_sheetNames.append(xml.attributes().value(QLatin1String("name")).toString());
            m_sheetParts.append(partPath(targets.value(rid)));
        }
    }
    if (xml.hasError())
        return problem(tr("workbook.xml is not well-formed XML (%1)").arg(xml.errorString()));
    if (m_sheetNames.isEmpty())
        return problem(tr("the workbook has no sheets"));
    return Status::success();
}

Status Workbook::readSharedStrings()
{
    const QString name = QStringLiteral("xl/sharedStrings.xml");
    if (!hasPart(name))
        return Status::success();
    auto data = part(name);
    if (!data)
        return data.error();
    QXmlStreamReader xml(*data);
    QString current;
    bool inString = false;
    int depthPhonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (auto s = checkXml(xml, QStringLiteral("sharedStrings.xml")); !s)
            return s;
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si")) {
                inString = true;
                current.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                ++depthPhonetic; // phonetic guides are not the text
            } else if (xml.name() == QLatin1String("t") && inString && depthPhonetic == 0) {
                current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (current.size() > m_limits.maxCellChars) {
                    // Refused where a cell uses it, so the message names the cell.
                    m_tooLong.insert(int(m_shared.size()));
                    current.clear();
                }
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("si")) {
                inString = false;
                m_shared.append(current);
                if (m_shared.size() > m_limits.maxRows * 4)
                    return problem(tr("has more texts than a staff list could"));
            } else if (xml.name() == QLatin1String("rPh")) {
                --depthPhonetic;
            }
        }
    }
    if (xml.hasError())
        return problem(tr("sharedStrings.xml is not well-formed XML (%1)").arg(xml.errorString()));
    return Status::success();
}

Status Workbook::readStyles()
{
    const QString name = QStringLiteral("xl/styles.xml");
    if (!hasPart(name))
        return Status::success();
    auto data = part(name);
    if (!data)
        return data.error();
    QHash<int, bool> customIsDate;
    QXmlStreamReader xml(*data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (auto s = checkXml(xml, QStringLiteral("styles.xml")); !s)
            return s;
        if (xml.isStartElement()) {
            const auto attrs = xml.attributes();
            if (xml.name() == QLatin1String("numFmt")) {
                customIsDate.insert(
                    attrs.value(QLatin1String("numFmtId")).toInt(),
                    isDateFormatCode(attrs.value(QLatin1String("formatCode")).toString()));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (xml.name() == QLatin1String("xf") && inCellXfs) {
                const int id = attrs.value(QLatin1String("numFmtId")).toInt();
                m_styleIsDate.append(customIsDate.contains(id) ? customIsDate.value(id)
                                                               : isBuiltInDateFormat(id));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return problem(tr("styles.xml is not well-formed XML (%1)").arg(xml.errorString()));
    return Status::success();
}

QString Workbook::cellText(const QString &type, const QString &raw, int style) const
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int i = raw.toInt(&ok);
        return ok && i >= 0 && i < m_shared.size() ? m_shared.at(i) : QString();
    }
    if (type == QLatin1String("b"))
        return raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("str") || type == QLatin1String("inlineStr") ||
        type == QLatin1String("e"))
        return raw;
    if (type == QLatin1String("d"))
        return raw.left(10); // ISO 8601 already
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (style >= 0 && style < m_styleIsDate.size() && m_styleIsDate.at(style)) {
        const QDate d = XlsxReader::dateFromSerial(v, m_date1904);
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    if (std::abs(v) < 1e15 && v == std::floor(v))
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

Result<CsvTable> Workbook::readSheet(const QString &sheet)
{
    qsizetype index = 0;
    if (!sheet.isEmpty()) {
        index = -1;
        for (qsizetype i = 0; i < m_sheetNames.size(); ++i) {
            if (m_sheetNames.at(i).compare(sheet.trimmed(), Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0)
            return problem(tr("has no sheet \"%1\"; its sheets are: %2")
                               .arg(sheet, m_sheetNames.join(QStringLiteral(", "))));
    }
    const QString partName = m_sheetParts.at(index);
    auto whole = part(partName);
    if (!whole)
        return whole.error();
    const QByteArray data = withoutTrailingEmptyRows(*whole);
    whole = QByteArray(); // the cut sheet is all that is needed now

    CsvTable table;
    table.fileName = m_fileName;
    table.encoding = QStringLiteral("XLSX");
    table.sheet = m_sheetNames.at(index);
    QList<QStringList> rows;
    QList<int> numbers;
    QXmlStreamReader xml(data);
    QStringList row;
    int rowNumber = 0;
    int nextColumn = 0;
    QString cellType, cellValue;
    int cellColumn = 0, cellStyle = -1;
    bool inCell = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (auto s = checkXml(xml, table.sheet); !s)
            return s.error();
        if (xml.isStartElement()) {
            const auto attrs = xml.attributes();
            if (xml.name() == QLatin1String("row")) {
                const int r = attrs.value(QLatin1String("r")).toInt();
                rowNumber = r > 0 ? r : rowNumber + 1;
                if (rowNumber > LastExcelRow)
                    return rowProblem(table.sheet, rowNumber,
                                      tr("a row beyond Excel's last row (%1)").arg(LastExcelRow));
                row.clear();
                nextColumn = 0;
            } else if (xml.name() == QLatin1String("c")) {
                inCell = true;
                const QString ref = attrs.value(QLatin1String("r")).toString();
                cellColumn = ref.isEmpty() ? nextColumn : columnOf(ref);
                if (cellColumn < 0 || cellColumn >= m_limits.maxColumns)
                    return Error::in(Place{m_fileName, 0, rowNumber, ref, table.sheet},
                                     tr("a cell beyond column %1 (%2)")
                                         .arg(columnName(m_limits.maxColumns - 1))
                                         .arg(m_limits.maxColumns));
                cellType = attrs.value(QLatin1String("t")).toString();
                const auto s = attrs.value(QLatin1String("s"));
                cellStyle = s.isEmpty() ? -1 : s.toInt();
                cellValue.clear();
            } else if (inCell &&
                       (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t"))) {
                cellValue += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (cellValue.size() > m_limits.maxCellChars)
                    return cellProblem(table.sheet, rowNumber, cellColumn,
                                       tr("the cell holds more than %1 characters, Excel's own "
                                          "limit")
                                           .arg(m_limits.maxCellChars));
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("c") && inCell) {
                inCell = false;
                if (cellType == QLatin1String("s") && m_tooLong.contains(cellValue.toInt()))
                    return cellProblem(table.sheet, rowNumber, cellColumn,
                                       tr("the cell's text is longer than %1 characters, Excel's "
                                          "own limit")
                                           .arg(m_limits.maxCellChars));
                while (row.size() < cellColumn)
                    row.append(QString());
                const QString text = cellText(cellType, cellValue, cellStyle);
                if (row.size() == cellColumn)
                    row.append(text);
                else
                    row[cellColumn] = text;
                nextColumn = cellColumn + 1;
            } else if (xml.name() == QLatin1String("row")) {
                const bool blank = std::all_of(row.cbegin(), row.cend(), [](const QString &f) {
                    return f.trimmed().isEmpty();
                });
                if (!blank) {
                    if (rows.size() >= m_limits.maxRows)
                        return rowProblem(table.sheet, rowNumber,
                                          tr("more than %1 rows hold values; a staff list has "
                                             "far fewer")
                                              .arg(m_limits.maxRows));
                    rows.append(row);
                    numbers.append(rowNumber);
                }
            }
        }
    }
    if (xml.hasError())
        return rowProblem(table.sheet, rowNumber,
                          tr("the sheet is not well-formed XML (%1)").arg(xml.errorString()));
    if (rows.isEmpty())
        return Error::in(Place{m_fileName, 0, 0, {}, table.sheet}, tr("the sheet is empty"));
    table.header = rows.takeFirst();
    table.headerRow = numbers.takeFirst();
    for (QString &h : table.header)
        h = h.trimmed();
    table.rows = std::move(rows);
    table.rowNumbers = std::move(numbers);
    return table;
}

} // namespace

QDate XlsxReader::dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465) // 31/12/9999
        return {};
    const auto days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    // Excel counts 29/02/1900, which never was: serials from 61 are one day ahead.
    return QDate(1899, 12, days >= 61 ? 30 : 31).addDays(days);
}

Result<CsvTable> XlsxReader::read(const QByteArray &data, const QString &fileName,
                                  const QString &sheet)
{
    return read(data, fileName, sheet, Limits{});
}

Result<CsvTable> XlsxReader::read(const QByteArray &data, const QString &fileName,
                                  const QString &sheet, const Limits &limits)
{
    if (data.size() > limits.maxFileBytes)
        return Error::in(Place{fileName, 0, 0, {}, {}},
                         tr("is too big to be a staff list (the limit is %1 MB)")
                             .arg(limits.maxFileBytes / (1024 * 1024)));
    Workbook book(data, fileName, limits);
    if (auto s = book.open(); !s)
        return s.error();
    if (auto s = book.readWorkbook(); !s)
        return s.error();
    if (auto s = book.readSharedStrings(); !s)
        return s.error();
    if (auto s = book.readStyles(); !s)
        return s.error();
    return book.readSheet(sheet);
}

Result<QStringList> XlsxReader::sheetNames(const QByteArray &data, const QString &fileName)
{
    Workbook book(data, fileName, Limits{});
    if (auto s = book.open(); !s)
        return s.error();
    if (auto s = book.readWorkbook(); !s)
        return s.error();
    return book.sheetNames();
}

Result<CsvTable> XlsxReader::readFile(const QString &path, const QString &sheet)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error::in(Place{name, 0, 0, {}, {}},
                         tr("cannot be read (%1)").arg(file.errorString()), Error::Kind::NotFound);
    if (file.size() > Limits{}.maxFileBytes)
        return Error::in(Place{name, 0, 0, {}, {}},
                         tr("is too big: %1 MB, where a workbook of more than %2 MB is refused")
                             .arg(file.size() / (1024 * 1024))
                             .arg(Limits{}.maxFileBytes / (1024 * 1024)));
    return read(file.readAll(), name, sheet);
}

} // namespace idesk
