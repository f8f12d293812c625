#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace idesk {

// An XML document held whole, each element with the line it starts on, so a
// reader can walk it in any order and still name the line of a problem.
// Timetable exports are a few megabytes at most; the size is capped.
struct XmlNode
{
    QString name;
    QHash<QString, QString> attributes;
    QString text; // the element's own text, trimmed
    int line = 0;
    QList<XmlNode> children;

    QString attribute(const QString &key) const { return attributes.value(key); }
    const XmlNode *child(const QString &childName) const;
    QList<const XmlNode *> all(const QString &childName) const;
    QString childText(const QString &childName) const;
};

class XmlTree
{
    Q_DECLARE_TR_FUNCTIONS(XmlTree)
public:
    // Decodes as the prolog says (UTF-8, UTF-16, Windows-1251/1252 and any
    // other the platform knows); a file that is not well formed is refused
    // with its line and column.
    static Result<XmlNode> parse(const QByteArray &bytes, const QString &fileName);
    // The root element's name, without reading the rest: for telling formats apart.
    static QString rootName(const QByteArray &bytes);
};

} // namespace idesk
