#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <quazip.h>
#include <quazipfile.h>

// Writes .xlsx workbooks part by part, as Excel lays them out, so tests can
// make exactly the file they need (including hostile ones).
class XlsxBuilder
{
public:
    void add(const QString &name, const QByteArray &content) { m_parts.append({name, content}); }

    // A workbook whose sheets are given as <sheetData> contents; shared
    // strings and styles as given (styles: cellXfs xf numFmtIds).
    static XlsxBuilder workbook(const QList<QPair<QString, QByteArray>> &sheets,
                                const QList<QByteArray> &shared = {},
                                const QByteArray &numFmts = {}, const QList<int> &xfFormats = {},
                                bool date1904 = false)
    {
        XlsxBuilder b;
        b.add(QStringLiteral("[Content_Types].xml"),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
              "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        QByteArray sheetList, rels;
        for (int i = 0; i < sheets.size(); ++i) {
            const QByteArray n = QByteArray::number(i + 1);
            sheetList += "<sheet name=\"" + sheets.at(i).first.toUtf8() + "\" sheetId=\"" + n +
                         "\" r:id=\"rId" + n + "\"/>";
            rels += "<Relationship Id=\"rId" + n +
                    "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    "relationships/worksheet\" Target=\"worksheets/sheet" +
                    n + ".xml\"/>";
            b.add(
                QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
                "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
                    sheets.at(i).second + "</sheetData></worksheet>");
        }
        b.add(QStringLiteral("xl/workbook.xml"),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              "<workbookPr" +
                  QByteArray(date1904 ? " date1904=\"1\"" : "") + "/><sheets>" + sheetList +
                  "</sheets></workbook>");
        b.add(QStringLiteral("xl/_rels/workbook.xml.rels"),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
              "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                  rels + "</Relationships>");
        if (!shared.isEmpty()) {
            QByteArray si;
            for (const QByteArray &s : shared)
                si += "<si>" + s + "</si>";
            b.add(QStringLiteral("xl/sharedStrings.xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                  "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                      si + "</sst>");
        }
        if (!xfFormats.isEmpty()) {
            QByteArray xfs;
            for (int f : xfFormats)
                xfs += "<xf numFmtId=\"" + QByteArray::number(f) + "\"/>";
            b.add(QStringLiteral("xl/styles.xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet "
                  "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                  "<numFmts>" +
                      numFmts + "</numFmts><cellXfs>" + xfs + "</cellXfs></styleSheet>");
        }
        return b;
    }

    QByteArray bytes() const
    {
        QByteArray out;
        QBuffer buffer(&out);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            qFatal("cannot create zip");
        for (const auto &[name, content] : m_parts) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
                qFatal("cannot add %s", qPrintable(name));
            file.write(content);
            file.close();
        }
        zip.close();
        return out;
    }

private:
    QList<QPair<QString, QByteArray>> m_parts;
};
