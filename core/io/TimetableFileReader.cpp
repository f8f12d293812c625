#include "TimetableFileReader.h"

#include "io/AscTimetableReader.h"
#include "io/CsvReader.h"
#include "io/FetTimetableReader.h"
#include "io/GridTimetableReader.h"
#include "io/StaffListReader.h"
#include "io/XmlTree.h"
#include "util/SmallFile.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace idesk {

namespace {
constexpr qint64 maxBytes = 64 * 1024 * 1024;

bool isOwnCsv(const CsvTable &table)
{
    return table.column({QStringLiteral("Staff Code")}) >= 0 &&
           table.column({QStringLiteral("Week")}) >= 0 &&
           table.column({QStringLiteral("Day")}) >= 0 &&
           table.column({QStringLiteral("Period")}) >= 0 &&
           table.column({QStringLiteral("Activity")}) >= 0;
}

// What remembered matches are kept under: the format and the school the
// file names, else the file's name without dates and numbers, so that next
// term's export of the same kind finds them.
QString sourceOf(const TimetableFile &file)
{
    QString base = file.source;
    if (base.isEmpty()) {
        static const QRegularExpression digits(QStringLiteral("[\\d\\s_.-]+"));
        base = QFileInfo(file.fileName).completeBaseName().toLower().replace(digits, QString());
    }
    return file.format + QLatin1Char(':') + base.trimmed();
}

Result<TimetableFile> finish(Result<TimetableFile> file)
{
    if (file)
        file->source = sourceOf(*file);
    return file;
}
} // namespace

QStringList TimetableFileReader::formats()
{
    return {QStringLiteral("auto"), QStringLiteral("inductiondesk"), QStringLiteral("fet"),
            QStringLiteral("asc"), QStringLiteral("grid")};
}

Result<TimetableFile> TimetableFileReader::read(const QString &path, const QString &format)
{
    auto bytes = SmallFile::read(path, maxBytes, tr("a timetable export"));
    if (!bytes)
        return bytes.error();
    // Workbooks are read from the file itself (the sheet reader opens it).
    if (bytes->startsWith("PK\x03\x04") || bytes->startsWith("\xD0\xCF\x11\xE0")) {
        if (!format.isEmpty() && format != QLatin1String("auto") &&
            format != QLatin1String("grid") && format != QLatin1String("inductiondesk"))
            return Error::invalid(
                tr("%1: is a workbook, not a %2 file").arg(QFileInfo(path).fileName(), format));
        auto table = StaffListReader::readTable(path);
        if (!table)
            return table.error();
        auto file = GridTimetableReader::read(*table);
        if (file && isOwnCsv(*table))
            file->format = QStringLiteral("inductiondesk");
        return finish(std::move(file));
    }
    return read(*bytes, QFileInfo(path).fileName(), format);
}

Result<TimetableFile> TimetableFileReader::read(const QByteArray &bytes, const QString &fileName,
                                                const QString &format)
{
    const QString want = format.isEmpty() ? QStringLiteral("auto") : format;
    if (!formats().contains(want))
        return Error::invalid(tr("\"%1\" is not a timetable format (%2)")
                                  .arg(format, formats().join(QStringLiteral(", "))));
    QByteArray head = bytes.left(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    const bool xml = head.trimmed().startsWith('<') || (CsvReader::utf16Of(bytes).has_value() &&
                                                        bytes.contains(QByteArray("<\0", 2)));
    if (xml) {
        auto root = XmlTree::parse(bytes, fileName);
        if (!root)
            return root.error();
        const bool fet =
            root->name == QLatin1String("fet") || root->name.endsWith(QLatin1String("_Timetable"));
        const bool asc = root->name == QLatin1String("timetable");
        if (fet && (want == QLatin1String("auto") || want == QLatin1String("fet")))
            return finish(FetTimetableReader::read(*root, fileName));
        if (asc && (want == QLatin1String("auto") || want == QLatin1String("asc")))
            return finish(AscTimetableReader::read(*root, fileName));
        return Error::in(Place::atLine(fileName, root->line),
                         tr("%1, line %2: XML with the root <%3> is %4; InductionDesk reads "
                            "FET's teachers timetable or .fet file, and aSc Timetables' XML "
                            "export")
                             .arg(fileName)
                             .arg(root->line)
                             .arg(root->name, want == QLatin1String("auto")
                                                  ? tr("no timetable format InductionDesk knows")
                                                  : tr("not a %1 file").arg(want)));
    }
    if (want == QLatin1String("fet") || want == QLatin1String("asc"))
        return Error::invalid(tr("%1: is not XML, so not a %2 export").arg(fileName, want));
    auto table = CsvReader::read(bytes, fileName);
    if (!table)
        return table.error();
    const bool own = isOwnCsv(*table);
    if (want == QLatin1String("inductiondesk") && !own)
        return Error::in(Place::atRow(fileName, table->headerRow),
                         tr("%1, row %2: the header is not InductionDesk's (Staff Code, Week, Day, "
                            "Period, Activity and optionally Class)")
                             .arg(fileName)
                             .arg(table->headerRow));
    auto file = GridTimetableReader::read(*table);
    if (file && own)
        file->format = QStringLiteral("inductiondesk");
    return finish(std::move(file));
}

} // namespace idesk
