#include "TextTable.h"

namespace idesk::cli {

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const auto &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    for (const auto &row : m_rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool last = i == row.size() - 1;
            line += last ? row[i] : row[i].leftJustified(widths[i] + 2);
        }
        out << line << '\n';
    }
    out.flush();
}

} // namespace idesk::cli
