#include "NationalStandards.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace idesk {

Result<NationalStandards> NationalStandards::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error::invalid(tr("National Standards: %1 at offset %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
    const QJsonObject root = doc.object();
    NationalStandards result;
    result.m_title = root.value(QLatin1String("title")).toString();
    for (const auto &value : root.value(QLatin1String("ratings")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto rating = StandardsRatings::fromKey(o.value(QLatin1String("rating")).toString());
        if (!rating)
            return Error::invalid(tr("National Standards: unknown rating \"%1\"")
                                      .arg(o.value(QLatin1String("rating")).toString()));
        result.m_meaning[int(*rating)] = o.value(QLatin1String("meaning")).toString();
    }
    static const QRegularExpression codePattern(QStringLiteral("^(\\d+)\\.(\\d+)$"));
    for (const auto &value : root.value(QLatin1String("standards")).toArray()) {
        const QJsonObject o = value.toObject();
        Standard s;
        s.number = o.value(QLatin1String("number")).toInt();
        s.title = o.value(QLatin1String("title")).toString();
        s.summary = o.value(QLatin1String("summary")).toString();
        if (s.number <= 0 || s.title.isEmpty())
            return Error::invalid(tr("National Standards: a standard has no number or title"));
        for (const auto &itemValue : o.value(QLatin1String("items")).toArray()) {
            const QJsonObject io = itemValue.toObject();
            StandardItem item;
            item.code = io.value(QLatin1String("item")).toString();
            item.standard = s.number;
            item.text = io.value(QLatin1String("text")).toString();
            const auto m = codePattern.match(item.code);
            if (!m.hasMatch() || m.captured(1).toInt() != s.number || item.text.isEmpty())
                return Error::invalid(
                    tr("National Standards: item \"%1\" of standard %2 is malformed")
                        .arg(item.code)
                        .arg(s.number));
            if (result.item(item.code) ||
                std::any_of(s.items.cbegin(), s.items.cend(),
                            [&](const StandardItem &i) { return i.code == item.code; }))
                return Error::invalid(
                    tr("National Standards: item %1 appears twice").arg(item.code));
            s.items.append(item);
        }
        result.m_standards.append(s);
    }
    if (result.m_standards.isEmpty())
        return Error::invalid(tr("National Standards: the file lists no standards"));
    return result;
}

const NationalStandards &NationalStandards::shipped()
{
    static const NationalStandards standards = [] {
        QFile file(QStringLiteral(":/development/national-standards.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The National Standards resource is missing from this build");
        auto parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return standards;
}

QList<StandardItem> NationalStandards::items() const
{
    QList<StandardItem> all;
    for (const Standard &s : m_standards)
        all += s.items;
    return all;
}

const StandardItem *NationalStandards::item(const QString &code) const
{
    for (const Standard &s : m_standards) {
        for (const StandardItem &i : s.items) {
            if (i.code == code)
                return &i;
        }
    }
    return nullptr;
}

const Standard *NationalStandards::standard(int number) const
{
    for (const Standard &s : m_standards) {
        if (s.number == number)
            return &s;
    }
    return nullptr;
}

QString NationalStandards::meaning(StandardsRating rating) const
{
    return m_meaning[int(rating)];
}

} // namespace idesk
