#include "CsvTable.h"

namespace idesk {

namespace {
QString folded(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}
} // namespace

void CsvTable::rebaseHeader(qsizetype index)
{
    if (index <= 0 || index > rows.size())
        return;
    header = rows.at(index - 1);
    headerRow = rowNumbers.at(index - 1);
    for (QString &h : header)
        h = h.trimmed();
    rows.remove(0, index);
    rowNumbers.remove(0, index);
}

int CsvTable::column(const QStringList &names) const
{
    for (const QString &name : names) {
        const QString want = folded(name);
        for (int i = 0; i < header.size(); ++i) {
            if (folded(header.at(i)) == want)
                return i;
        }
    }
    return -1;
}

} // namespace idesk
