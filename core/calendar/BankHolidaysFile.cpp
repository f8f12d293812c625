#include "BankHolidaysFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace idesk {

Result<QList<BankHoliday>> BankHolidaysFile::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return Error::invalid(tr("%1: not JSON (%2 at byte %3)")
                                  .arg(fileName, error.errorString())
                                  .arg(error.offset));
    const QJsonObject division = doc.object().value(QLatin1String("england-and-wales")).toObject();
    if (division.isEmpty())
        return Error::invalid(tr("%1: there is no \"england-and-wales\" division; is this GOV.UK's "
                                 "bank-holidays.json?")
                                  .arg(fileName));
    QList<BankHoliday> list;
    const QJsonArray events = division.value(QLatin1String("events")).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        const QDate date =
            QDate::fromString(e.value(QLatin1String("date")).toString(), Qt::ISODate);
        const QString title = e.value(QLatin1String("title")).toString().trimmed();
        if (!date.isValid())
            return Error::invalid(tr("%1: event %2 (\"%3\") has no valid date (YYYY-MM-DD)")
                                      .arg(fileName)
                                      .arg(i + 1)
                                      .arg(title));
        list.append({date, title});
    }
    if (list.isEmpty())
        return Error::invalid(
            tr("%1: the england-and-wales division lists no events").arg(fileName));
    return list;
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
