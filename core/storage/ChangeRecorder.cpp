#include "ChangeRecorder.h"

#include "storage/Database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace idesk {

namespace {
QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

// The row's key as an SQL expression, with `row` ("NEW.", "OLD." or "")
// before each column: its primary key, or SQLite's rowid when it has none.
QString keyExpression(const QStringList &keyColumns, const QString &row)
{
    if (keyColumns.isEmpty())
        return row + QStringLiteral("rowid");
    if (keyColumns.size() == 1)
        return row + quoted(keyColumns.first());
    QStringList parts;
    for (const QString &c : keyColumns)
        parts.append(QStringLiteral("quote(%1%2)").arg(row, quoted(c)));
    return parts.join(QStringLiteral(" || ',' || "));
}
} // namespace

ChangeRecorder::ChangeRecorder(Database &db)
    : m_db(db)
{}

bool ChangeRecorder::available() const
{
    return m_db.dialect() == Database::Dialect::SQLite;
}

Status ChangeRecorder::prepare()
{
    auto made = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM temp.sqlite_master WHERE name = 'idesk_noted_table'"));
    if (!made)
        return made.error();
    if (made->toInt() > 0)
        return Status::success();

    QStringList statements{
        QStringLiteral("CREATE TEMP TABLE idesk_noted_row (tbl TEXT NOT NULL, key,"
                       " PRIMARY KEY (tbl, key))"),
        QStringLiteral("CREATE TEMP TABLE idesk_noting (noting INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO temp.idesk_noting (noting) VALUES (0)"),
        QStringLiteral("CREATE TEMP TABLE idesk_noted_table (name TEXT PRIMARY KEY,"
                       " key_columns TEXT NOT NULL, columns TEXT NOT NULL)")};
    for (const QString &sql : std::as_const(statements)) {
        if (auto r = m_db.exec(sql); !r)
            return r.error();
    }
    // The backup log and the schema's own bookkeeping are not the tutor's edits.
    auto names = m_db.exec(QStringLiteral(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT IN ('meta', 'backup_log') ORDER BY name"));
    if (!names)
        return names.error();
    QStringList tableNames;
    while (names->next())
        tableNames.append(names->value(0).toString());
    names->finish();

    for (const QString &table : std::as_const(tableNames)) {
        auto info = m_db.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(quoted(table)));
        if (!info)
            return info.error();
        QMap<int, QString> keyByPosition;
        QStringList allColumns;
        QSet<QString> notNull;
        while (info->next()) {
            const QString column = info->value(1).toString();
            allColumns.append(column);
            if (info->value(3).toInt() != 0 || info->value(5).toInt() > 0)
                notNull.insert(column);
            if (info->value(5).toInt() > 0)
                keyByPosition.insert(info->value(5).toInt(), column);
        }
        info->finish();
        QStringList key = keyByPosition.values();
        QStringList compared = allColumns;
        // Rows known by what they hold (a timetable's lesson by teacher, week,
        // day and period) are rewritten whole by imports, with new ids that
        // nothing names: they are known by that unique key, their id left out.
        if (auto natural = uniqueKey(table, notNull); !natural.isEmpty()) {
            for (const QString &k : std::as_const(key))
                compared.removeAll(k);
            key = natural;
        }
        if (auto r =
                m_db.exec(QStringLiteral("INSERT INTO temp.idesk_noted_table (name, "
                                         "key_columns, columns) VALUES (?, ?, ?)"),
                          {table, key.join(QLatin1Char(',')), compared.join(QLatin1Char(','))});
            !r)
            return r.error();
        const QString note =
            QStringLiteral("INSERT OR IGNORE INTO idesk_noted_row (tbl, key) VALUES ('%1', %2);")
                .arg(QString(table).replace(QLatin1Char('\''), QStringLiteral("''")));
        const QString when = QStringLiteral("WHEN (SELECT noting FROM idesk_noting)");
        const QString onNew = note.arg(keyExpression(key, QStringLiteral("NEW.")));
        const QString onOld = note.arg(keyExpression(key, QStringLiteral("OLD.")));
        const QStringList triggers{
            QStringLiteral("CREATE TEMP TRIGGER %1 AFTER INSERT ON main.%2 %3 BEGIN %4 END")
                .arg(quoted(QStringLiteral("idesk_note_ins_") + table), quoted(table), when, onNew),
            QStringLiteral("CREATE TEMP TRIGGER %1 AFTER UPDATE ON main.%2 %3 BEGIN %4 %5 END")
                .arg(quoted(QStringLiteral("idesk_note_upd_") + table), quoted(table), when, onOld,
                     onNew),
            QStringLiteral("CREATE TEMP TRIGGER %1 AFTER DELETE ON main.%2 %3 BEGIN %4 END")
                .arg(quoted(QStringLiteral("idesk_note_del_") + table), quoted(table), when,
                     onOld)};
        for (const QString &sql : triggers) {
            if (auto r = m_db.exec(sql); !r)
                return r.error();
        }
    }
    return Status::success();
}

QStringList ChangeRecorder::uniqueKey(const QString &table, const QSet<QString> &notNull) const
{
    // Only for tables whose primary key is a bare id.
    auto indexes = m_db.exec(QStringLiteral("PRAGMA main.index_list(%1)").arg(quoted(table)));
    if (!indexes)
        return {};
    QStringList names;
    while (indexes->next()) {
        if (indexes->value(2).toInt() == 1 && indexes->value(3).toString() == QLatin1String("u"))
            names.append(indexes->value(1).toString());
    }
    indexes->finish();
    for (const QString &index : std::as_const(names)) {
        auto info = m_db.exec(QStringLiteral("PRAGMA main.index_info(%1)").arg(quoted(index)));
        if (!info)
            return {};
        QStringList columns;
        bool allSet = true;
        while (info->next()) {
            columns.append(info->value(2).toString());
            allSet = allSet && notNull.contains(columns.last());
        }
        info->finish();
        if (allSet && columns.size() > 1)
            return columns;
    }
    return {};
}

Result<QList<ChangeRecorder::Table>> ChangeRecorder::tables() const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT name, key_columns, columns FROM temp.idesk_noted_table"
                                 " WHERE name IN (SELECT DISTINCT tbl FROM"
                                 " temp.idesk_noted_row)"));
    if (!q)
        return q.error();
    QList<Table> out;
    while (q->next()) {
        const QString keys = q->value(1).toString();
        QStringList columns;
        for (const QString &c : q->value(2).toString().split(QLatin1Char(',')))
            columns.append(quoted(c));
        out.append({q->value(0).toString(),
                    keyExpression(keys.isEmpty() ? QStringList() : keys.split(QLatin1Char(',')),
                                  QString()),
                    columns.join(QStringLiteral(", "))});
    }
    return out;
}

Status ChangeRecorder::start()
{
    if (!available())
        return Status::success();
    if (auto s = prepare(); !s)
        return s;
    for (const QString &sql : {QStringLiteral("DELETE FROM temp.idesk_noted_row"),
                               QStringLiteral("UPDATE temp.idesk_noting SET noting = 1")}) {
        if (auto r = m_db.exec(sql); !r)
            return r.error();
    }
    return Status::success();
}

Result<RowStates> ChangeRecorder::stop()
{
    if (!available())
        return RowStates{};
    if (auto r = m_db.exec(QStringLiteral("UPDATE temp.idesk_noting SET noting = 0")); !r)
        return r.error();
    return statesOfNoted();
}

Result<RowStates> ChangeRecorder::statesOfNoted()
{
    auto tableList = tables();
    if (!tableList)
        return tableList.error();
    RowStates states;
    for (const Table &table : std::as_const(*tableList)) {
        // Every noted key first as absent; the rows still there then replace it.
        auto keys = m_db.exec(QStringLiteral("SELECT key FROM temp.idesk_noted_row WHERE tbl = ?"),
                              {table.name});
        if (!keys)
            return keys.error();
        QStringList columns;
        QList<QVariant> noted;
        while (keys->next())
            noted.append(keys->value(0));
        keys->finish();

        auto rows = m_db.exec(QStringLiteral("SELECT %1, %3 FROM main.%2 WHERE %1 IN (SELECT key "
                                             "FROM temp.idesk_noted_row WHERE tbl = ?)")
                                  .arg(table.key, quoted(table.name), table.columns),
                              {table.name});
        if (!rows)
            return rows.error();
        const QSqlRecord record = rows->record();
        for (int c = 1; c < record.count(); ++c)
            columns.append(record.fieldName(c));
        for (const QVariant &key : std::as_const(noted))
            states.insert({table.name, key, columns, std::nullopt});
        while (rows->next()) {
            QVariantList values;
            values.reserve(columns.size());
            for (int c = 1; c <= columns.size(); ++c)
                values.append(rows->value(c));
            states.insert({table.name, rows->value(0), columns, values});
        }
    }
    return states;
}

Result<QList<RowDifference>> ChangeRecorder::differences(const RowStates &expected)
{
    if (!available() || expected.isEmpty())
        return QList<RowDifference>{};
    if (auto s = prepare(); !s)
        return s.error();
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM temp.idesk_noted_row")); !r)
        return r.error();
    QSqlQuery add(m_db.connection());
    if (!add.prepare(
            QStringLiteral("INSERT OR IGNORE INTO temp.idesk_noted_row (tbl, key) VALUES (?, ?)")))
        return m_db.plainError(add.lastError());
    const QList<RowState> rows = expected.rows();
    for (const RowState &row : rows) {
        add.addBindValue(row.table);
        add.addBindValue(row.key);
        if (!add.exec())
            return m_db.plainError(add.lastError());
    }
    auto now = statesOfNoted();
    if (!now)
        return now.error();
    QHash<QString, RowState> nowByKey;
    for (const RowState &row : now->rows())
        nowByKey.insert(RowStates::keyOf(row.table, row.key), row);
    QList<RowDifference> out;
    for (const RowState &then : rows) {
        const RowState current = nowByKey.value(RowStates::keyOf(then.table, then.key));
        if (current.values != then.values)
            out.append({then, current});
    }
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM temp.idesk_noted_row")); !r)
        return r.error();
    return out;
}

} // namespace idesk
