// Benchmark: importing a trust's staff list (issue 17). For each size it
// writes a CSV as a school's system exports it, imports and commits it into
// a new database through the application layer, and times `sqlite3 .import`
// of the same file in the same run; then re-imports the largest file, which
// changes nothing. Targets: 20,000 rows within 1.5x of sqlite3 and under
// 100 MB; the time linear in the rows; an unchanged re-import under 0.5 s.
// Prints the figures; they are not asserted, so a slow machine does not fail
// the build.
//
//   bench_staff_import [ROWS...]      (default: 5000 10000 20000)
#include "application/StaffImportUseCases.h"
#include "application/Workspace.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace idesk;

namespace {
QTextStream out(stdout);

void bench(const QString &name, double value, const QString &unit, const QString &target)
{
    out << "BENCH " << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << " target "
        << target << Qt::endl;
}

QString writeCsv(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream csv(&f);
    csv << "Staff Code,Title,Legal Forename,Legal Surname,Teacher Number,Work Email Address,"
           "QT Status,Post,Start Date,FTE\n";
    static const char *first[] = {"Aisha", "Ben",   "Chloe", "Daniel", "Ella",
                                  "Farid", "Grace", "Harry", "Imran",  "Jess"};
    static const char *last[] = {"Adams",  "Brown", "Clark",  "Davies", "Evans",
                                 "Fisher", "Green", "Hughes", "Iqbal",  "Jones"};
    for (int i = 0; i < rows; ++i) {
        const QString code = QStringLiteral("S%1").arg(i, 6, 10, QLatin1Char('0'));
        const QString trn =
            QStringLiteral("%1").arg(1000000 + i * 3 % 8999999, 7, 10, QLatin1Char('0'));
        csv << code << ",Ms," << first[i % 10] << ',' << last[(i / 10) % 10] << i << ',' << trn
            << ',' << code.toLower() << "@trust.example,Yes,Teacher,01/09/20" << (10 + i % 15)
            << ',' << (i % 4 == 0 ? "0.8" : "1") << '\n';
    }
    return path;
}

double lastWriteTransaction = 0;

// Load, check and commit: what the wizard and `import-staff` do.
double importOnce(Workspace &ws, const QString &csv, int *added)
{
    QElapsedTimer t;
    t.start();
    StaffImportUseCases staff(ws);
    auto table = StaffImportUseCases::load(csv);
    if (!table)
        qFatal("%s", qPrintable(table.error().message));
    const qint64 tLoad = t.nsecsElapsed();
    auto columns = staff.columnsFor(*table);
    if (!columns)
        qFatal("%s", qPrintable(columns.error().message));
    auto plan = staff.prepare(*table, *columns);
    if (!plan)
        qFatal("%s", qPrintable(plan.error().message));
    const qint64 tPlan = t.nsecsElapsed();
    auto change = staff.apply(*plan, {}, ws.today()); // with the backup before a large import
    if (!change)
        qFatal("%s", qPrintable(change.error().message));
    const qint64 tBackedUp = t.nsecsElapsed();
    if (auto s = ws.apply(**change); !s)
        qFatal("%s", qPrintable(s.error().message));
    const qint64 tApply = t.nsecsElapsed();
    // The one write transaction, which other writers wait for.
    lastWriteTransaction = (tApply - tBackedUp) / 1e9;
    // Where the time goes, for whoever makes it faster.
    out << "  read " << qRound(tLoad / 1e6) << " ms, check " << qRound((tPlan - tLoad) / 1e6)
        << " ms, backup " << qRound((tBackedUp - tPlan) / 1e6) << " ms, write "
        << qRound((tApply - tBackedUp) / 1e6) << " ms" << Qt::endl;
    if (added)
        *added = int(plan->changes.size());
    return t.elapsed() / 1000.0;
}

// `sqlite3 .import` of the same file into a new database: the floor.
double sqliteImport(const QString &sqlite3, const QString &csv, const QString &db)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(sqlite3, {db, QStringLiteral(".import --csv %1 staff").arg(csv)});
    if (!p.waitForFinished(600'000) || p.exitCode() != 0)
        qFatal("sqlite3 failed: %s", p.readAllStandardError().constData());
    return t.elapsed() / 1000.0;
}

// The same import into a table that refuses a repeated staff code or TRN and
// finds a code whatever its case, as InductionDesk's person table does: what
// SQLite alone needs to keep a staff list whole, before anything is checked.
double sqliteImportConstrained(const QString &sqlite3, const QString &csv, const QString &db)
{
    QProcess schema;
    schema.start(
        sqlite3,
        {db, QStringLiteral("CREATE TABLE staff (code TEXT UNIQUE, title TEXT, first TEXT NOT NULL,"
                            " last TEXT NOT NULL, trn TEXT UNIQUE, email TEXT, qts TEXT, post TEXT,"
                            " start TEXT, fte TEXT); CREATE INDEX staff_code_lower"
                            " ON staff(lower(code));")});
    if (!schema.waitForFinished(60'000) || schema.exitCode() != 0)
        qFatal("sqlite3 failed: %s", schema.readAllStandardError().constData());
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(sqlite3, {db, QStringLiteral(".import --csv --skip 1 %1 staff").arg(csv)});
    if (!p.waitForFinished(600'000) || p.exitCode() != 0)
        qFatal("sqlite3 failed: %s", p.readAllStandardError().constData());
    return t.elapsed() / 1000.0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {5000, 10000, 20000};
    QTemporaryDir dir;
    const FixedClock clock(QDate(2026, 11, 23));
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        out << "sqlite3 is not installed: no ratio (apt-get install sqlite3)" << Qt::endl;
    QString largest;
    for (int rows : std::as_const(sizes)) {
        const QString csv = writeCsv(dir.filePath(QStringLiteral("staff-%1.csv").arg(rows)), rows);
        auto ws = Workspace::open(dir.filePath(QStringLiteral("trust-%1.db").arg(rows)), clock);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        int changes = 0;
        const double ours = importOnce(**ws, csv, &changes);
        if (changes != rows)
            qFatal("%d rows imported of %d", changes, rows);
        bench(QStringLiteral("staff_import_%1_rows").arg(rows), ours, QStringLiteral("s"),
              QStringLiteral("linear"));
        // Issue 20: no write transaction longer than a second.
        bench(QStringLiteral("staff_import_write_transaction_%1_rows").arg(rows),
              lastWriteTransaction, QStringLiteral("s"), QStringLiteral("1"));
        if (!sqlite3.isEmpty()) {
            const double floor =
                sqliteImport(sqlite3, csv, dir.filePath(QStringLiteral("raw-%1.db").arg(rows)));
            bench(QStringLiteral("sqlite3_import_%1_rows").arg(rows), floor, QStringLiteral("s"),
                  QStringLiteral("-"));
            bench(QStringLiteral("staff_import_vs_sqlite3_%1_rows").arg(rows), ours / floor,
                  QStringLiteral("x"), QStringLiteral("1.5"));
            const double kept = sqliteImportConstrained(
                sqlite3, csv, dir.filePath(QStringLiteral("kept-%1.db").arg(rows)));
            bench(QStringLiteral("sqlite3_import_constrained_%1_rows").arg(rows), kept,
                  QStringLiteral("s"), QStringLiteral("-"));
            bench(QStringLiteral("staff_import_vs_sqlite3_constrained_%1_rows").arg(rows),
                  ours / kept, QStringLiteral("x"), QStringLiteral("-"));
        }
        largest = csv;
        // The same file again changes nothing.
        int again = -1;
        const double unchanged = importOnce(**ws, largest, &again);
        if (rows == sizes.last())
            bench(QStringLiteral("staff_reimport_unchanged_%1_rows").arg(rows), unchanged,
                  QStringLiteral("s"), QStringLiteral("0.5"));
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    bench(QStringLiteral("staff_import_peak_memory"), usage.ru_maxrss / 1024.0,
          QStringLiteral("MB"), QStringLiteral("100"));
    return 0;
}
