#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace idesk {

// Rows of the database as one connection left them: each named by its table
// and key, with its values, or none when the row was deleted. A change keeps
// the rows it wrote, so that undoing or redoing it later can first check
// that nobody has written them since.
struct RowState
{
    QString table;
    QVariant key;
    QStringList columns;
    std::optional<QVariantList> values; // none: the row is not there

    friend bool operator==(const RowState &, const RowState &) = default;
};

// A row as it was left and as it is now, when the two differ.
struct RowDifference
{
    RowState then;
    RowState now;
};

class RowStates
{
public:
    bool isEmpty() const { return m_rows.isEmpty(); }
    qsizetype size() const { return m_rows.size(); }
    QList<RowState> rows() const { return m_rows.values(); }
    void insert(const RowState &row) { m_rows.insert(keyOf(row.table, row.key), row); }
    // Later states win: a change folded into an earlier one leaves its rows.
    void merge(const RowStates &later)
    {
        for (auto it = later.m_rows.cbegin(); it != later.m_rows.cend(); ++it)
            m_rows.insert(it.key(), it.value());
    }
    static QString keyOf(const QString &table, const QVariant &key)
    {
        return table + QChar(0x1f) + key.toString();
    }

private:
    QHash<QString, RowState> m_rows;
};

} // namespace idesk
