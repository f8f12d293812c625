#include "application/Workspace.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "util/Clock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace idesk;

// A damaged database is noticed: a broken page on opening (the quick check),
// and an index out of step with its table by the full check; a damaged
// database is read but never written.
class TestDamage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2026, 11, 23)};
    int m_n = 0;

    // A database of `people` staff, closed; returns its path and where the
    // person table's first page starts.
    QString make(int people, qint64 *tablePage)
    {
        const QString path = m_dir.filePath(QStringLiteral("d%1.inductiondesk").arg(++m_n));
        auto ws = Workspace::open(path, m_clock);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        for (int i = 0; i < people; ++i) {
            Person p;
            p.staffCode = QStringLiteral("Q%1").arg(i, 4, 10, QLatin1Char('0'));
            p.firstName = QStringLiteral("First");
            p.lastName = QStringLiteral("Last%1").arg(i);
            PersonRepository((*ws)->database()).insert(p).value();
        }
        const Database &db = (*ws)->database();
        const qint64 pageSize = db.scalar(QStringLiteral("PRAGMA page_size")).value().toLongLong();
        const qint64 root = db.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE "
                                                     "name = 'person'"))
                                .value()
                                .toLongLong();
        *tablePage = (root - 1) * pageSize;
        return path;
    }
    static void patch(const QString &path, qint64 at, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(at));
        QCOMPARE(f.write(bytes), bytes.size());
    }

private slots:
    void aBrokenPageIsFoundOnOpening()
    {
        qint64 page = 0;
        const QString path = make(5, &page);
        patch(path, page, QByteArray(1, '\x00')); // not a b-tree page type
        auto ws = Workspace::open(path, m_clock);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QVERIFY((*ws)->damage().contains(QStringLiteral("is damaged")));
        // Nothing is written to it.
        Person p;
        p.staffCode = QStringLiteral("NEW");
        p.firstName = QStringLiteral("New");
        p.lastName = QStringLiteral("Person");
        const Status written = (*ws)->database().write(
            [&]() -> Status { return PersonRepository((*ws)->database()).insert(p).error(); });
        QVERIFY(!written);
        QVERIFY(written.error().message.contains(QStringLiteral("restore it from a backup")));
        // Nor by any path around the transaction: SQLite is told to refuse.
        QVERIFY(!PersonRepository((*ws)->database()).insert(p));
        QVERIFY(!(*ws)->checkIntegrity().value().isEmpty());
    }

    void anIndexOutOfStepIsFoundByTheFullCheck()
    {
        qint64 page = 0;
        const QString path = make(40, &page);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        f.close();
        // One staff code changed in the table, not in its index: "row missing from index".
        const qsizetype at = all.indexOf("Q0017", page);
        QVERIFY(at > 0);
        patch(path, at, "Q9917");
        auto ws = Workspace::open(path, m_clock);
        QVERIFY(ws);
        const QStringList problems = (*ws)->checkIntegrity().value();
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("index")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void storageFailuresAreSaidPlainly()
    {
        qint64 page = 0;
        const QString path = make(1, &page);
        auto ws = Workspace::open(path, m_clock);
        QVERIFY(ws);
        Database &db = (*ws)->database();
        // As when the file or its folder cannot be written.
        QVERIFY(db.exec(QStringLiteral("PRAGMA query_only = ON")));
        Person p;
        p.staffCode = QStringLiteral("RO");
        p.firstName = QStringLiteral("Read");
        p.lastName = QStringLiteral("Only");
        const auto r = PersonRepository(db).insert(p);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("is read-only. Nothing was changed")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QStringLiteral("readonly database")));
    }

    void aSoundDatabaseHasNoProblems()
    {
        qint64 page = 0;
        const QString path = make(3, &page);
        auto ws = Workspace::open(path, m_clock);
        QVERIFY(ws);
        QVERIFY((*ws)->damage().isEmpty());
        QVERIFY((*ws)->checkIntegrity().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDamage)
#include "tst_damage.moc"
