#include "application/BackupUseCases.h"
#include "application/Workspace.h"
#include "storage/BackupFolder.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace idesk;

// Backups: whole copies in a folder beside the database, made daily, before
// large imports and by hand, the oldest let go; a restore checks the backup
// and keeps the database as it was first; a damaged database is offered its
// latest good backup.
class TestBackups : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2026, 11, 23)};
    int m_n = 0;

    QString newPath()
    {
        return m_dir.filePath(QStringLiteral("school%1.inductiondesk").arg(++m_n));
    }
    static std::unique_ptr<Workspace> open(const QString &path, const Clock &clock)
    {
        auto ws = Workspace::open(path, clock);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        return std::move(ws).value();
    }
    static void addPerson(Workspace &ws, const QString &code)
    {
        Person p;
        p.staffCode = code;
        p.firstName = QStringLiteral("First");
        p.lastName = QStringLiteral("Last ") + code;
        PersonRepository(ws.database()).insert(p).value();
    }
    static int people(const QString &path)
    {
        Database::OpenOptions o;
        o.createIfMissing = false;
        o.readOnly = true;
        auto db = Database::openSqlite(path, o);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return (*db)->scalar(QStringLiteral("SELECT count(*) FROM person")).value().toInt();
    }
    static void patch(const QString &path, qint64 at, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(at));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    // Breaks the person table's first page (a failing disk).
    static void damage(const QString &path)
    {
        qint64 at = 0;
        {
            auto ws = open(path, FixedClock(QDate(2026, 11, 23)));
            const Database &db = ws->database();
            const qint64 pageSize =
                db.scalar(QStringLiteral("PRAGMA page_size")).value().toLongLong();
            const qint64 root = db.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master "
                                                         "WHERE name = 'person'"))
                                    .value()
                                    .toLongLong();
            at = (root - 1) * pageSize;
        }
        patch(path, at, QByteArray(1, '\x00'));
    }

private slots:
    void aBackupIsAWholeCopyInTheFolderBeside()
    {
        const QString path = newPath();
        auto ws = open(path, m_clock);
        addPerson(*ws, QStringLiteral("AAA"));
        BackupUseCases backups(*ws);
        QVERIFY(backups.list().isEmpty());
        auto made = backups.create();
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QCOMPARE(QFileInfo(made->path).absolutePath(),
                 QFileInfo(path).absolutePath() + QStringLiteral("/school%1 backups").arg(m_n));
        QCOMPARE(made->kind, QStringLiteral("manual"));
        QVERIFY(BackupFolder::verify(made->path));
        QCOMPARE(people(made->path), 1);
        QCOMPARE(backups.list().size(), 1);
        QCOMPARE(backups.list().first().path, made->path);
        QCOMPARE(ws->lastBackupPath(), made->path);
        QVERIFY(ws->lastBackupTime().isValid());
    }

    void theOldestAreLetGo()
    {
        auto ws = open(newPath(), m_clock);
        BackupUseCases backups(*ws);
        QCOMPARE(backups.keep(), 10);
        QVERIFY(!backups.setKeep(0));
        QVERIFY(backups.setKeep(3));
        QCOMPARE(backups.keep(), 3);
        // A file of the tutor's own in the folder is never removed.
        QVERIFY(QDir().mkpath(backups.folder()));
        const QString own =
            QDir(backups.folder()).filePath(QStringLiteral("keep me.inductiondesk"));
        QFile f(own);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QStringList made;
        for (int i = 0; i < 5; ++i)
            made.append(backups.create().value().path);
        QStringList left;
        for (const BackupFile &b : backups.list())
            if (b.kind != QLatin1String("other"))
                left.append(b.path);
        QCOMPARE(left.size(), 3);
        QVERIFY(left.contains(made.last())); // the newest stay
        QVERIFY(!QFileInfo::exists(made.first()));
        QVERIFY(QFileInfo::exists(own));
    }

    void oneDailyBackupADay()
    {
        auto ws = open(newPath(), m_clock);
        BackupUseCases backups(*ws);
        auto first = backups.dailyIfDue();
        QVERIFY(first && first->has_value());
        QCOMPARE((*first)->kind, QStringLiteral("daily"));
        auto second = backups.dailyIfDue();
        QVERIFY(second && !second->has_value());
        QCOMPARE(backups.list().size(), 1);
    }

    void onlyLargeImportsAreBackedUpFirst()
    {
        auto ws = open(newPath(), m_clock);
        BackupUseCases backups(*ws);
        QVERIFY(!backups.beforeImport(BackupUseCases::kLargeImportRows - 1).value().has_value());
        auto made = backups.beforeImport(BackupUseCases::kLargeImportRows);
        QVERIFY(made && made->has_value());
        QCOMPARE((*made)->kind, QStringLiteral("before-import"));
    }

    void aRestoreKeepsTheDatabaseAsItWasFirst()
    {
        const QString path = newPath();
        QString backup;
        {
            auto ws = open(path, m_clock);
            addPerson(*ws, QStringLiteral("AAA"));
            backup = BackupUseCases(*ws).create().value().path;
            addPerson(*ws, QStringLiteral("BBB"));
        }
        QCOMPARE(people(path), 2);
        auto done = BackupUseCases::restore(path, backup);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(people(path), 1);
        QVERIFY(done->keptFirst.has_value());
        QCOMPARE(done->keptFirst->kind, QStringLiteral("before-restore"));
        QCOMPARE(people(done->keptFirst->path), 2);
        // And back again: nothing is ever lost by restoring.
        QVERIFY(BackupUseCases::restore(path, done->keptFirst->path));
        QCOMPARE(people(path), 2);
        auto ws = open(path, m_clock);
        QVERIFY(ws->damage().isEmpty());
    }

    void notWhileTheAppHasItOpen()
    {
        const QString path = newPath();
        QString backup;
        {
            auto ws = open(path, m_clock);
            backup = BackupUseCases(*ws).create().value().path;
        }
        QLockFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        auto refused = BackupUseCases::restore(path, backup);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("close it there")),
                 qPrintable(refused.error().message));
    }

    void aDamagedBackupIsNotRestored()
    {
        const QString path = newPath();
        QString backup;
        {
            auto ws = open(path, m_clock);
            for (int i = 0; i < 50; ++i)
                addPerson(*ws, QStringLiteral("P%1").arg(i));
            backup = BackupUseCases(*ws).create().value().path;
        }
        damage(backup);
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        auto refused = BackupUseCases::restore(path, backup);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(refused.error().message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void aDamagedDatabaseIsOfferedItsLatestGoodBackup()
    {
        const QString path = newPath();
        QString good;
        {
            auto ws = open(path, m_clock);
            for (int i = 0; i < 50; ++i)
                addPerson(*ws, QStringLiteral("P%1").arg(i));
            good = BackupUseCases(*ws).create().value().path;
        }
        damage(path);
        {
            auto ws = open(path, m_clock);
            QVERIFY(!ws->damage().isEmpty());
            QVERIFY2(ws->damage().contains(QStringLiteral("latest good backup")) &&
                         ws->damage().contains(QDir::toNativeSeparators(good)),
                     qPrintable(ws->damage()));
            // No backup is made of a damaged file, daily or by hand.
            QVERIFY(!BackupUseCases(*ws).create());
            QVERIFY(!BackupUseCases(*ws).dailyIfDue().value().has_value());
        }
        QCOMPARE(BackupUseCases::latestGood(path)->path, good);
        auto done = BackupUseCases::restore(path, good);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        // The damaged file is kept as it was, for whoever wants to look.
        QCOMPARE(done->keptFirst->kind, QStringLiteral("damaged"));
        auto ws = open(path, m_clock);
        QVERIFY(ws->damage().isEmpty());
        QCOMPARE(people(path), 50);
    }

    void aBackupTakenWhileSomeoneWritesIsWhole()
    {
        const QString path = newPath();
        auto ws = open(path, m_clock);
        addPerson(*ws, QStringLiteral("AAA"));
        std::atomic_bool stop{false};
        std::atomic_int written{0};
        // Another connection writes all the while, as another process would.
        QThread *writer = QThread::create([&] {
            const FixedClock clock(QDate(2026, 11, 23));
            auto other = open(path, clock);
            int i = 0;
            while (!stop) {
                Person p;
                p.staffCode = QStringLiteral("W%1").arg(++i);
                p.firstName = QStringLiteral("Writer");
                p.lastName = QString(200, QLatin1Char('x'));
                if (other->database()
                        .write([&]() -> Status {
                            auto id = PersonRepository(other->database()).insert(p);
                            return id ? Status::success() : Status(id.error());
                        })
                        .ok())
                    ++written;
                QThread::usleep(500); // as busy as a colleague's import, not a spin
            }
        });
        writer->start();
        struct Stop // however the test ends, the writer stops before what it uses goes
        {
            std::atomic_bool &stop;
            QThread *thread;
            ~Stop()
            {
                stop = true;
                thread->wait();
                delete thread;
            }
        } stopper{stop, writer};
        BackupUseCases backups(*ws);
        QVERIFY(backups.setKeep(100));
        QList<int> counts;
        for (int i = 0; i < 8; ++i) {
            QTest::qWait(20);
            auto made = backups.create();
            QVERIFY2(made, made ? "" : qPrintable(made.error().message));
            QVERIFY2(BackupFolder::verify(made->path), qPrintable(made->path));
            counts.append(people(made->path));
        }
        QVERIFY(written > 0);
        QVERIFY2(counts.last() > counts.first(), "the writer wrote between the backups");
    }
};

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
