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
