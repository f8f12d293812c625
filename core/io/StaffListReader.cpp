#include "StaffListReader.h"

#include "domain/PersonValidator.h"
#include "domain/Trn.h"
#include "io/CsvReader.h"
#include "io/XlsxReader.h"
#include "util/Dates.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <array>

namespace idesk {

Result<CsvTable> StaffListReader::readTable(const QString &path, const QString &sheet)
{
    const QString name = QFileInfo(path).fileName();
    const Place whole{name, 0, 0, {}, {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::in(whole, tr("cannot be read (%1)").arg(file.errorString()),
                         Error::Kind::NotFound);
    const QByteArray head = file.peek(512);
    // Told apart by content: a name says what a file should be, not what it is.
    if (head.startsWith("PK\x03\x04") && head.mid(30, 8) == "mimetype" &&
        head.contains("opendocument.spreadsheet"))
        return Error::in(whole, tr("is an OpenDocument spreadsheet (.ods); save it from your "
                                   "spreadsheet as Excel (.xlsx) or CSV and import that"));
    if (XlsxReader::looksLikeXlsx(head))
        return XlsxReader::readFile(path, sheet);
    // Office's compound files: a workbook with a password to open is one
    // (its real workbook encrypted inside), and so is an old .xls.
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        const QByteArray all = file.read(64 * 1024 * 1024);
        const QByteArray encrypted =
            QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        if (all.contains(encrypted))
            return Error::in(whole, tr("is protected with a password, so it cannot be read: open "
                                       "it in Excel, remove the password (File > Info > Protect "
                                       "Workbook > Encrypt with Password, and clear it) and save "
                                       "it again"));
        return Error::in(whole, tr("is an old Excel 97-2003 workbook (.xls), which cannot be "
                                   "read: open it in Excel and save it as an Excel Workbook "
                                   "(.xlsx) or CSV, then import that"));
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool namedWorkbook = suffix == QLatin1String("xlsx") || suffix == QLatin1String("xls") ||
                               suffix == QLatin1String("xlsm");
    if (namedWorkbook) {
        const bool text = CsvReader::utf16Of(head) || !head.contains('\0');
        return Error::in(whole, text ? tr("is named .%1 but is a text file, not an Excel "
                                          "workbook (perhaps CSV saved under the wrong name): "
                                          "rename it to .csv and import it again")
                                           .arg(suffix)
                                     : tr("is named .%1 but is not an Excel workbook; open it "
                                          "in Excel and save it as .xlsx or CSV")
                                           .arg(suffix));
    }
    if (!sheet.isEmpty())
        return Error::in(whole, tr("a CSV file has no sheets; --sheet is for Excel workbooks"));
    file.close();
    return CsvReader::readFile(path);
}

QDate StaffListReader::parseDate(const QString &text)
{
    // Most dates are plain: no time, no month name.
    if (QDate d = Dates::parse(text); d.isValid())
        return d;
    QString t = text.trimmed();
    // Exports often add a midnight time: "2020-09-01T00:00:00", "01/09/2020 00:00".
    static const QRegularExpression time(
        QStringLiteral("[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?$"));
    t.remove(time);
    if (QDate d = Dates::parse(t); d.isValid())
        return d;
    // "Sep" (C) and "Sept" (British English) are both written.
    for (const QLocale &english :
         {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedKingdom)}) {
        for (const char *format : {"d-MMM-yyyy", "d MMM yyyy", "d MMMM yyyy", "d-MMM-yy",
                                   "d MMM yy", "dd/MM/yy", "d/M/yy"}) {
            QDate d = english.toDate(t, QLatin1String(format));
            if (d.isValid()) {
                if (d.year() < 1950)
                    d = d.addYears(100); // two-digit years are this century's
                return d;
            }
        }
    }
    // A date that lost its format on the way out of Excel: a serial number.
    static const QRegularExpression serial(QStringLiteral("^\\d{5}(\\.\\d+)?$"));
    if (serial.match(t).hasMatch()) {
        const double v = t.toDouble();
        if (v >= 18264 && v <= 73051) // 1950 to 2099
            return XlsxReader::dateFromSerial(v, false);
    }
    return {};
}

std::optional<bool> StaffListReader::parseYesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes{
        QStringLiteral("yes"),  QStringLiteral("y"),       QStringLiteral("true"),
        QStringLiteral("1"),    QStringLiteral("qts"),     QStringLiteral("qualified"),
        QStringLiteral("qtls"), QStringLiteral("awarded"), QStringLiteral("x")};
    static const QStringList no{QStringLiteral("no"),
                                QStringLiteral("n"),
                                QStringLiteral("false"),
                                QStringLiteral("0"),
                                QStringLiteral("unqualified"),
                                QStringLiteral("none"),
                                QStringLiteral("not qualified"),
                                QStringLiteral("no qts"),
                                QStringLiteral("-")};
    if (yes.contains(t) || t.startsWith(QLatin1String("yes")))
        return true;
    if (no.contains(t) || t.startsWith(QLatin1String("no ")))
        return false;
    return std::nullopt;
}

namespace {
const QStringList kTitles{QStringLiteral("Mr"),   QStringLiteral("Mrs"), QStringLiteral("Ms"),
                          QStringLiteral("Miss"), QStringLiteral("Mx"),  QStringLiteral("Dr"),
                          QStringLiteral("Prof"), QStringLiteral("Rev"), QStringLiteral("Sir")};

bool splitFullName(QString name, Person &p)
{
    name = name.simplified();
    if (name.contains(QLatin1Char(','))) {
        p.lastName = name.section(QLatin1Char(','), 0, 0).trimmed();
        name = name.section(QLatin1Char(','), 1).trimmed();
    }
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        QString first = words.first();
        if (first.endsWith(QLatin1Char('.')))
            first.chop(1);
        if (kTitles.contains(first, Qt::CaseInsensitive)) {
            if (p.title.isEmpty())
                p.title = first;
            words.removeFirst();
        }
    }
    if (p.lastName.isEmpty()) {
        if (words.size() < 2)
            return false;
        p.lastName = words.takeLast();
    }
    p.firstName = words.join(QLatin1Char(' '));
    return !p.firstName.isEmpty() && !p.lastName.isEmpty();
}
} // namespace

StaffList StaffListReader::parse(const CsvTable &table, const StaffColumns &columns,
                                 const ReadControl &control)
{
    StaffList list;
    list.table = table;
    list.columns = columns;
    list.sourceKey = StaffColumns::sourceKey(table.header);
    const auto problem = [&](int row, StaffField field, const QString &message) {
        const int c = columns.column(field);
        list.problems.append({table.fileName, row,
                              c >= 0 && c < table.header.size() ? table.header.at(c) : QString(),
                              message});
    };
    if (const QStringList missing = columns.missing(); !missing.isEmpty()) {
        list.problems.append({table.fileName,
                              table.headerRow,
                              {},
                              tr("no column is chosen for %1").arg(missing.join(tr(" or ")))});
        return list;
    }
    QHash<QString, int> seenTrn, seenCode, seenEmail;
    const QList<StaffField> fields = StaffColumns::allFields();
    const QString trnWord = tr("TRN"), codeWord = tr("staff code"), emailWord = tr("email");
    std::array<int, 32> column{};
    column.fill(-1);
    for (StaffField f : fields)
        column[int(f)] = columns.column(f);
    // In a CSV file a name with an unquoted comma, or a lost separator, moves
    // every later value into the wrong column: such a row is refused, not
    // read askew. Empty fields after the last column are harmless.
    const bool delimited = table.encoding != QLatin1String("XLSX");
    qsizetype width = table.header.size();
    while (width > 0 && table.header.at(width - 1).isEmpty())
        --width;
    const qsizetype total = table.rows.size();
    list.records.reserve(total);
    seenTrn.reserve(total);
    seenCode.reserve(total);
    seenEmail.reserve(total);
    for (qsizetype r = 0; r < total; ++r) {
        if (control.cancelled())
            return list;
        if (control.progress && r % 256 == 0)
            control.progress(int(r * 100 / std::max<qsizetype>(1, total)));
        const int row = table.rowNumbers.at(r);
        if (delimited) {
            const QStringList &fieldsOfRow = table.rows.at(r);
            qsizetype given = fieldsOfRow.size();
            while (given > width && fieldsOfRow.at(given - 1).trimmed().isEmpty())
                --given;
            if (given != width) {
                list.problems.append(
                    {table.fileName,
                     row,
                     {},
                     tr("the row has %1 fields where the header (row %2) has %3: a value with "
                        "the separator in it and no quotes, or a missing separator, would put "
                        "values in the wrong columns")
                         .arg(given)
                         .arg(table.headerRow)
                         .arg(width)});
                continue;
            }
        }
        const auto cell = [&](StaffField f) {
            return table.cell(r, column[int(f)]);
        };
        StaffRecord rec;
        rec.row = row;
        Person &p = rec.person;
        for (StaffField f : fields) {
            if (column[int(f)] >= 0 && !cell(f).isEmpty())
                rec.given.insert(f);
        }
        p.staffCode = cell(StaffField::StaffCode);
        p.title = cell(StaffField::Title);
        if (p.title.endsWith(QLatin1Char('.')))
            p.title.chop(1);
        p.firstName = cell(StaffField::FirstName);
        p.lastName = cell(StaffField::LastName);
        if ((p.firstName.isEmpty() || p.lastName.isEmpty()) && columns.has(StaffField::FullName)) {
            Person split;
            split.title = p.title;
            if (!splitFullName(cell(StaffField::FullName), split)) {
                problem(
                    row, StaffField::FullName,
                    tr("\"%1\" is not a first name and a surname").arg(cell(StaffField::FullName)));
            } else {
                p.firstName = p.firstName.isEmpty() ? split.firstName : p.firstName;
                p.lastName = p.lastName.isEmpty() ? split.lastName : p.lastName;
                p.title = split.title;
                rec.given << StaffField::FirstName << StaffField::LastName;
                if (!p.title.isEmpty())
                    rec.given << StaffField::Title;
            }
        } else {
            if (p.firstName.isEmpty())
                problem(row, StaffField::FirstName, tr("the first name is empty"));
            if (p.lastName.isEmpty())
                problem(row, StaffField::LastName, tr("the surname is empty"));
        }
        if (const QString raw = cell(StaffField::Trn); !raw.isEmpty()) {
            auto trn = Trn::normalise(raw);
            if (!trn)
                problem(row, StaffField::Trn, trn.error().message);
            else
                p.trn = *trn;
        }
        if (const QString raw = cell(StaffField::Email); !raw.isEmpty()) {
            p.email = raw.toLower();
            if (!PersonValidator::isPlausibleEmail(p.email))
                problem(row, StaffField::Email, tr("\"%1\" is not an email address").arg(raw));
        }
        if (const QString raw = cell(StaffField::Qts); !raw.isEmpty()) {
            if (const auto yes = parseYesNo(raw)) {
                p.qts = *yes;
            } else if (const QDate d = parseDate(raw); d.isValid()) {
                p.qts = true;
                p.qtsDate = d;
            } else {
                problem(row, StaffField::Qts,
                        tr("\"%1\" is not yes, no or the date QTS was awarded").arg(raw));
            }
        }
        p.jobTitle = cell(StaffField::JobTitle);
        for (auto [field, date] : {std::pair{StaffField::StartDate, &p.employmentStart},
                                   std::pair{StaffField::EndDate, &p.employmentEnd}}) {
            const QString raw = cell(field);
            if (raw.isEmpty())
                continue;
            *date = parseDate(raw);
            if (!date->isValid())
                problem(row, field, tr("\"%1\" is not a date (dd/mm/yyyy)").arg(raw));
        }
        if (p.employmentStart.isValid() && p.employmentEnd.isValid() &&
            p.employmentEnd < p.employmentStart)
            problem(row, StaffField::EndDate, tr("the end date is before the start date"));
        const auto pattern = [&](const QString &text) -> std::optional<WorkingPattern> {
            const QString t = text.toLower().remove(QRegularExpression(QStringLiteral("[^a-z]")));
            if (t == QLatin1String("fulltime") || t == QLatin1String("ft"))
                return WorkingPattern::FullTime;
            if (t == QLatin1String("parttime") || t == QLatin1String("pt"))
                return WorkingPattern::PartTime;
            return std::nullopt;
        };
        if (const QString raw = cell(StaffField::Fte); !raw.isEmpty()) {
            QString number = raw;
            const bool percent =
                number.endsWith(QLatin1Char('%')) ||
                table.header.value(columns.column(StaffField::Fte)).contains(QLatin1Char('%'));
            number.remove(QLatin1Char('%'));
            bool ok = false;
            double v = number.trimmed().toDouble(&ok);
            // 60 or 60% is a percentage; 1.5 is a mistake, not 1.5%.
            if (ok && (percent || v >= 10.0) && v <= 100.0)
                v /= 100.0;
            if (ok && v > 0.0 && v <= 1.0) {
                p.fte = v;
                p.workingPattern = v < 1.0 ? WorkingPattern::PartTime : WorkingPattern::FullTime;
            } else if (const auto wp = pattern(raw)) {
                p.workingPattern = *wp;
                rec.given.remove(StaffField::Fte);
                rec.given.insert(StaffField::ContractType);
                rec.partTimeWithoutFte = *wp == WorkingPattern::PartTime;
            } else {
                problem(row, StaffField::Fte,
                        tr("\"%1\" is not a full-time equivalent between 0 and 1").arg(raw));
            }
        }
        if (const QString raw = cell(StaffField::ContractType);
            !raw.isEmpty() && !rec.given.contains(StaffField::Fte)) {
            if (const auto wp = pattern(raw)) {
                p.workingPattern = *wp;
                rec.partTimeWithoutFte = *wp == WorkingPattern::PartTime;
                if (*wp == WorkingPattern::FullTime)
                    p.fte = 1.0;
            } else {
                rec.given.remove(
                    StaffField::ContractType); // "Permanent", "Fixed term": not a pattern
            }
        }
        // The same person twice in one file is a mistake in the export.
        const auto once = [&](QHash<QString, int> &seen, const QString &value, StaffField field,
                              const QString &what) {
            if (value.isEmpty())
                return;
            // TRNs are digits and emails are already lower case.
            const QString k = field == StaffField::StaffCode ? value.toLower() : value;
            if (const auto it = seen.constFind(k); it != seen.cend())
                problem(row, field, tr("%1 %2 is also on row %3").arg(what, value).arg(*it));
            else
                seen.insert(k, row);
        };
        once(seenTrn, p.trn, StaffField::Trn, trnWord);
        once(seenCode, p.staffCode, StaffField::StaffCode, codeWord);
        once(seenEmail, p.email, StaffField::Email, emailWord);
        list.records.append(std::move(rec));
    }
    if (control.progress)
        control.progress(100);
    return list;
}

} // namespace idesk
