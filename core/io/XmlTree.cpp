#include "XmlTree.h"

#include "io/CsvReader.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace idesk {

const XmlNode *XmlNode::child(const QString &childName) const
{
    for (const XmlNode &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

QList<const XmlNode *> XmlNode::all(const QString &childName) const
{
    QList<const XmlNode *> found;
    for (const XmlNode &c : children) {
        if (c.name == childName)
            found.append(&c);
    }
    return found;
}

QString XmlNode::childText(const QString &childName) const
{
    const XmlNode *c = child(childName);
    return c ? c->text : QString();
}

namespace {
// The text as the file's prolog declares it. Exports often declare one
// encoding and write another, so UTF-8 and Windows-1252 are told apart from
// the bytes as for CSV.
Result<QString> decodeXml(const QByteArray &bytes, const QString &fileName)
{
    if (CsvReader::utf16Of(bytes)) {
        QString ignored;
        return CsvReader::decode(bytes, &ignored);
    }
    static const QRegularExpression declared(
        QStringLiteral("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']"));
    const auto m = declared.match(QString::fromLatin1(bytes.left(200)));
    const QString name = m.hasMatch() ? m.captured(1).toLower() : QString();
    if (name.isEmpty() || name == QLatin1String("utf-8") || name == QLatin1String("utf8") ||
        name == QLatin1String("windows-1252") || name == QLatin1String("cp1252") ||
        name == QLatin1String("iso-8859-1") || name == QLatin1String("latin1") ||
        name == QLatin1String("us-ascii")) {
        QString ignored;
        return CsvReader::decode(bytes, &ignored);
    }
    QStringDecoder decoder(name.toLatin1().constData());
    if (!decoder.isValid())
        return Error::invalid(XmlTree::tr("%1: is written in the encoding \"%2\", which cannot be "
                                          "read here; export it as UTF-8")
                                  .arg(fileName, m.captured(1)));
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error::invalid(XmlTree::tr("%1: is not valid %2 text").arg(fileName, m.captured(1)));
    return text;
}
} // namespace

QString XmlTree::rootName(const QByteArray &bytes)
{
    QString ignored;
    QXmlStreamReader xml(CsvReader::decode(bytes.left(64 * 1024), &ignored));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return xml.name().toString();
    }
    return {};
}

Result<XmlNode> XmlTree::parse(const QByteArray &bytes, const QString &fileName)
{
    constexpr int maxDepth = 64;
    constexpr qsizetype maxElements = 4'000'000;
    auto text = decodeXml(bytes, fileName);
    if (!text)
        return text.error();
    QXmlStreamReader xml(*text);
    XmlNode root;
    QList<XmlNode *> open;
    qsizetype elements = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (++elements > maxElements || open.size() >= maxDepth)
                return Error::in(Place::atLine(fileName, int(xml.lineNumber())),
                                 tr("%1, line %2: the XML is nested too deeply or is too large")
                                     .arg(fileName)
                                     .arg(xml.lineNumber()));
            XmlNode node;
            node.name = xml.name().toString();
            node.line = int(xml.lineNumber());
            for (const auto &a : xml.attributes())
                node.attributes.insert(a.name().toString(), a.value().toString());
            if (open.isEmpty()) {
                root = std::move(node);
                open.append(&root);
            } else {
                open.last()->children.append(std::move(node));
                open.append(&open.last()->children.last());
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!open.isEmpty()) {
                open.last()->text = open.last()->text.trimmed();
                open.removeLast();
            }
            break;
        case QXmlStreamReader::Characters:
            if (!open.isEmpty() && !xml.isWhitespace())
                open.last()->text += xml.text();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return Error::in(Place::atLine(fileName, int(xml.lineNumber())),
                         tr("%1, line %2, column %3: the XML is not well formed (%4)")
                             .arg(fileName)
                             .arg(xml.lineNumber())
                             .arg(xml.columnNumber())
                             .arg(xml.errorString()));
    if (root.name.isEmpty())
        return Error::invalid(tr("%1: holds no XML elements").arg(fileName));
    return root;
}

} // namespace idesk
