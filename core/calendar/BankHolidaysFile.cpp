#include "BankHolidaysFile.h"

#include "util/Dates.h"
#include "util/SmallFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace idesk {

namespace {

// Line and column of a byte offset, for a person opening the file.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    const int line = int(data.left(offset).count('\n')) + 1;
    const qsizetype lineStart = data.lastIndexOf('\n', offset - 1) + 1;
    return {line, int(offset - lineStart) + 1};
}

// The line of the n-th event's date: the JSON parser keeps no positions, so
// the file is searched for the dates in order, as a person reading it would.
int lineOfDate(const QByteArray &data, const QString &date, qsizetype *from)
{
    const QByteArray needle = "\"" + date.toUtf8() + "\"";
    const qsizetype at = data.indexOf(needle, *from);
    if (at < 0)
        return 0;
    *from = at + needle.size();
    return lineAndColumn(data, at).first;
}

} // namespace

Result<QList<BankHoliday>> BankHolidaysFile::parse(const QByteArray &json, const QString &fileName)
{
    auto r = read(json, fileName, QDate());
    if (!r)
        return r.error();
    return r->holidays;
}

Result<BankHolidaysReading> BankHolidaysFile::read(const QString &path, QDate today)
{
    auto data = SmallFile::read(path, MaxBytes, tr("GOV.UK's bank-holidays.json is about 20 KB"));
    if (!data)
        return data.error();
    return read(*data, QFileInfo(path).fileName(), today);
}

Result<BankHolidaysReading> BankHolidaysFile::read(const QByteArray &json, const QString &fileName,
                                                   QDate today)
{
    const auto at = [&](int line) {
        return Place{fileName, line, 0, {}, {}};
    };
    if (json.size() > MaxBytes)
        return Error::in(
            at(0),
            tr("is too big for a list of bank holidays (the limit is %1 KB)").arg(MaxBytes / 1024));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull()) {
        const auto [line, column] = lineAndColumn(json, error.offset);
        Place p = at(line);
        p.column = QString::number(column);
        return Error::in(p, tr("is not JSON (%1)").arg(error.errorString()));
    }
    const QJsonObject division = doc.object().value(QLatin1String("england-and-wales")).toObject();
    if (division.isEmpty())
        return Error::in(at(0), tr("there is no \"england-and-wales\" division; is this GOV.UK's "
                                   "bank-holidays.json?"));
    const QJsonValue eventsValue = division.value(QLatin1String("events"));
    if (!eventsValue.isArray())
        return Error::in(at(0), tr("the england-and-wales division has no list of \"events\""));
    BankHolidaysReading reading;
    QHash<int, int> perYear;
    qsizetype searchFrom = json.indexOf("\"england-and-wales\"");
    const QJsonArray events = eventsValue.toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        const QString dateText = e.value(QLatin1String("date")).toString();
        const QString title = e.value(QLatin1String("title")).toString().trimmed();
        const int line = lineOfDate(json, dateText, &searchFrom);
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid())
            return Error::in(at(line), tr("event %1 (\"%2\") has no valid date (YYYY-MM-DD)")
                                           .arg(i + 1)
                                           .arg(title.left(LongestTitle)));
        if (date.year() < 1900 || date.year() > 2100)
            return Error::in(at(line), tr("event %1 (\"%2\") is dated %3, outside 1900 to 2100; "
                                          "this is not a list of bank holidays")
                                           .arg(i + 1)
                                           .arg(title.left(LongestTitle), Dates::uk(date)));
        if (title.size() > LongestTitle)
            return Error::in(at(line), tr("event %1 has a title of %2 characters; a bank "
                                          "holiday's is short (the limit is %3)")
                                           .arg(i + 1)
                                           .arg(title.size())
                                           .arg(LongestTitle));
        if (++perYear[date.year()] > MostInAYear)
            return Error::in(at(line), tr("lists more than %1 bank holidays in %2; England has "
                                          "eight or nine a year")
                                           .arg(MostInAYear)
                                           .arg(date.year()));
        reading.holidays.append({date, title});
    }
    if (reading.holidays.isEmpty())
        return Error::in(at(0), tr("the england-and-wales division lists no events"));
    std::sort(reading.holidays.begin(), reading.holidays.end(),
              [](const BankHoliday &a, const BankHoliday &b) { return a.date < b.date; });
    for (int y = reading.holidays.first().date.year(); y <= reading.holidays.last().date.year();
         ++y)
        reading.years.append(y);
    if (today.isValid()) {
        const QDate yearStart(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1);
        const QDate last = reading.holidays.last().date;
        if (last < yearStart)
            reading.warnings.append(
                tr("%1: the list ends on %2, before the academic year %3 began: it holds no "
                   "bank holidays for this year or later (GOV.UK publishes a newer file)")
                    .arg(fileName, Dates::uk(last), Dates::academicYearLabel(today)));
    }
    return reading;
}

QList<BankHoliday> BankHolidaysFile::merged(const QList<BankHoliday> &held,
                                            const BankHolidaysReading &file)
{
    QList<BankHoliday> out;
    for (const BankHoliday &b : held) {
        if (!file.years.contains(b.date.year()))
            out.append(b);
    }
    out += file.holidays;
    std::sort(out.begin(), out.end(),
              [](const BankHoliday &a, const BankHoliday &b) { return a.date < b.date; });
    return out;
}

const QList<BankHoliday> &BankHolidaysFile::shipped()
{
    static const QList<BankHoliday> list = [] {
        QFile f(QStringLiteral(":/calendar/bank-holidays.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("The bank holidays resource is missing from this build");
        auto parsed = parse(f.readAll(), f.fileName());
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error().message));
        return parsed.value();
    }();
    return list;
}

} // namespace idesk
