#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace idesk {

// One step of the schema: the statements that take version-1 to version.
// Statements are written once for both dialects; {PK} and {REAL} are
// replaced by each dialect's spelling.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

namespace Migrations {
const QList<Migration> &all();
QString forDialect(QString statement, bool postgres);
} // namespace Migrations

} // namespace idesk
