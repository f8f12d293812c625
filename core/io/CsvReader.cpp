#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace idesk {

namespace {
// Windows-1252 differs from Latin-1 only in 0x80-0x9F; Qt's own converters do
// not all have it on every platform, so the table is here.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromCp1252(const QByteArray &data)
{
    QString out;
    out.reserve(data.size());
    for (const char ch : data) {
        const auto b = static_cast<unsigned char>(ch);
        out.append(b >= 0x80 && b < 0xA0 ? QChar(kCp1252High[b - 0x80])
                                         : QChar::fromLatin1(char(b)));
    }
    return out;
}

QChar detectSeparator(const QString &text)
{
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted) {
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i] ? 1 : 0;
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}
} // namespace

std::optional<QStringDecoder::Encoding> CsvReader::utf16Of(const QByteArray &data)
{
    if (data.startsWith("\xFF\xFE"))
        return QStringDecoder::Utf16LE;
    if (data.startsWith("\xFE\xFF"))
        return QStringDecoder::Utf16BE;
    // Without a mark: ASCII text in UTF-16 has every other byte zero.
    if (data.size() >= 4 && data.size() % 2 == 0) {
        const qsizetype n = std::min<qsizetype>(data.size(), 512) & ~qsizetype(1);
        int evenZero = 0, oddZero = 0;
        for (qsizetype i = 0; i < n; i += 2) {
            evenZero += data.at(i) == '\0' ? 1 : 0;
            oddZero += data.at(i + 1) == '\0' ? 1 : 0;
        }
        if (oddZero * 10 >= n / 2 * 9 && evenZero == 0)
            return QStringDecoder::Utf16LE;
        if (evenZero * 10 >= n / 2 * 9 && oddZero == 0)
            return QStringDecoder::Utf16BE;
    }
    return std::nullopt;
}

QString CsvReader::decode(const QByteArray &data, QString *encoding)
{
    // Excel's "Unicode Text" is UTF-16 with a byte order mark, tab separated.
    if (const auto utf16 = utf16Of(data)) {
        const bool le = *utf16 == QStringDecoder::Utf16LE;
        *encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(*utf16, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(data);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text;
    }
    if (data.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8 with BOM");
        return QString::fromUtf8(data.mid(3));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    *encoding = QStringLiteral("Windows-1252");
    return fromCp1252(data);
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error::in(Place{name, 0, 0, {}, {}},
                         tr("cannot be read (%1)").arg(file.errorString()), Error::Kind::NotFound);
    if (file.size() > Limits{}.maxBytes)
        return Error::in(Place{name, 0, 0, {}, {}},
                         tr("is too big: %1 MB, where a CSV file of more than %2 MB is refused")
                             .arg(file.size() / (1024 * 1024))
                             .arg(Limits{}.maxBytes / (1024 * 1024)));
    return read(file.readAll(), name);
}

Result<CsvTable> CsvReader::read(const QByteArray &data, const QString &fileName,
                                 const Limits &limits)
{
    const Place whole{fileName, 0, 0, {}, {}};
    const auto atRow = [&](int row) {
        return Place{fileName, 0, row, {}, {}};
    };
    if (data.size() > limits.maxBytes)
        return Error::in(whole,
                         tr("is too big to be a staff list or timetable (the limit is %1 MB)")
                             .arg(limits.maxBytes / (1024 * 1024)));
    if (!utf16Of(data) && data.contains('\0'))
        return Error::in(whole, tr("is not a text file (it holds binary data); save it as CSV "
                                   "from your spreadsheet or MIS"));
    CsvTable table;
    table.fileName = fileName;
    const QString text = decode(data, &table.encoding);
    table.separator = detectSeparator(text);

    QList<QStringList> records;
    QList<int> numbers; // spreadsheet row of each kept record
    // A row is about as long as the header: a guess that saves regrowing.
    const qsizetype firstLine = std::max<qsizetype>(1, text.indexOf(QLatin1Char('\n')) + 1);
    records.reserve(text.size() / firstLine + 16);
    numbers.reserve(records.capacity());
    QStringList record;
    // A field is mostly a run of the text, copied once when it ends; only a
    // quoted part with doubled quotes, or text after a closing quote, builds
    // it piece by piece.
    QString field;
    qsizetype runStart = 0;
    bool quoted = false;
    int quoteRow = 0;       // where an open quote began
    int spreadsheetRow = 0; // blank rows are skipped but still take a row number
    const QStringView all(text);
    const auto flushRun = [&](qsizetype end) {
        if (end <= runStart)
            return;
        if (field.isEmpty())
            field = text.mid(runStart, end - runStart);
        else
            field.append(all.mid(runStart, end - runStart));
    };
    const auto endField = [&]() -> bool {
        record.append(std::move(field));
        field = QString();
        return record.size() <= limits.maxColumns;
    };
    const auto endRecord = [&] {
        ++spreadsheetRow;
        const bool blank = std::all_of(record.cbegin(), record.cend(), [](const QString &f) {
            return QStringView(f).trimmed().isEmpty();
        });
        if (!blank) {
            const qsizetype width = record.size();
            records.append(std::move(record));
            numbers.append(spreadsheetRow);
            record = QStringList();
            record.reserve(width);
        } else {
            record.clear();
        }
    };
    const auto tooManyColumns = [&] {
        return Error::in(atRow(spreadsheetRow + 1),
                         tr("more than %1 columns").arg(limits.maxColumns));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = all[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                flushRun(i);
                if (i + 1 < text.size() && all[i + 1] == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
                runStart = i + 1;
            }
        } else if (c == QLatin1Char('"') && QStringView(field).trimmed().isEmpty() &&
                   all.mid(runStart, i - runStart).trimmed().isEmpty()) {
            quoted = true;
            quoteRow = spreadsheetRow + 1;
            field.clear();
            runStart = i + 1;
        } else if (c == table.separator) {
            flushRun(i);
            runStart = i + 1;
            if (!endField())
                return tooManyColumns();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            flushRun(i);
            if (c == QLatin1Char('\r') && i + 1 < text.size() && all[i + 1] == QLatin1Char('\n'))
                ++i;
            runStart = i + 1;
            if (!endField())
                return tooManyColumns();
            endRecord();
        }
        if (field.size() + (i - runStart) > limits.maxFieldChars)
            return Error::in(atRow(spreadsheetRow + 1),
                             tr("a field is longer than %1 characters; is this the right file?")
                                 .arg(limits.maxFieldChars));
        if (records.size() > limits.maxRows)
            return Error::in(whole, tr("more than %1 rows").arg(limits.maxRows));
    }
    if (quoted)
        return Error::in(atRow(quoteRow), tr("a quoted field starts here and is never closed"));
    flushRun(text.size());
    if (!field.isEmpty() || !record.isEmpty()) {
        endField();
        endRecord();
    }
    if (records.isEmpty())
        return Error::in(whole, tr("the file is empty"));
    table.header = records.takeFirst();
    table.headerRow = numbers.takeFirst();
    for (QString &h : table.header)
        h = h.trimmed();
    // Row numbers are those a spreadsheet shows, blank rows counted.
    table.rows = std::move(records);
    table.rowNumbers = std::move(numbers);
    return table;
}

} // namespace idesk
