#pragma once

#include <QStringList>
#include <QTextStream>

namespace idesk::cli {

// Plain aligned columns for terminal output.
class TextTable
{
public:
    explicit TextTable(QStringList header)
        : m_rows{std::move(header)}
    {}
    void addRow(QStringList row) { m_rows.append(std::move(row)); }
    void print(QTextStream &out) const;

private:
    QList<QStringList> m_rows;
};

} // namespace idesk::cli
