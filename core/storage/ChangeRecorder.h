#pragma once

#include "storage/RowStates.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSet>

namespace idesk {

class Database;

// Notes which rows this connection writes, so that a change can keep them
// and later check that nobody else has written them since. SQLite's
// temporary triggers do the noting: they belong to this connection alone,
// so another process's writes are never taken for ours, and they follow
// every table, so no edit can forget to declare what it touched.
//
// Start and stop inside the change's own transaction: a rollback forgets
// what was noted with everything else.
class ChangeRecorder
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecorder)
public:
    explicit ChangeRecorder(Database &db);

    Status start();
    // Stops noting, and returns the noted rows as they are now.
    Result<RowStates> stop();
    // The rows of `expected` that no longer read as they did.
    Result<QList<RowDifference>> differences(const RowStates &expected);
    // False on a server database, where this check is not made.
    bool available() const;

private:
    struct Table
    {
        QString name;
        QString key;     // an SQL expression naming one row
        QString columns; // the columns compared, as SQL
    };
    QStringList uniqueKey(const QString &table, const QSet<QString> &notNull) const;
    Status prepare();
    Result<QList<Table>> tables() const;
    Result<RowStates> statesOfNoted();

    Database &m_db;
};

} // namespace idesk
