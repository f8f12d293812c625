#include "application/Workspace.h"
#include "storage/Database.h"
#include "storage/StorageLocation.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace idesk;

// A database on a network share (SMB, CIFS, NFS) is recognised: it never uses
// SQLite's write-ahead log there, and the people using it are warned that two
// computers must not open it at once. On a local disk it uses the log.
class TestSharedDrive : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2026, 11, 23)};

private slots:
    void fileSystemsReachedOverANetwork_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("network");
        for (const char *t : {"cifs", "smb3", "smbfs", "nfs", "nfs4", "afpfs", "webdav",
                              "fuse.sshfs", "fuse.gvfsd-fuse", "9p", "remote", "CIFS"})
            QTest::newRow(t) << QString::fromLatin1(t) << true;
        for (const char *t : {"ext4", "btrfs", "xfs", "tmpfs", "overlay", "NTFS", "apfs", "hfs",
                              "msdos", "vfat", "exfat", "zfs", ""})
            QTest::newRow(*t ? t : "unknown") << QString::fromLatin1(t) << false;
    }

    void fileSystemsReachedOverANetwork()
    {
        QFETCH(QString, type);
        QFETCH(bool, network);
        QCOMPARE(StorageLocation::isNetworkFileSystem(type), network);
    }

    void thisComputersDiskIsLocal()
    {
        // The test's own temporary folder is on a local disk (or tmpfs).
        const QString here = StorageLocation::fileSystemOf(m_dir.path());
        QVERIFY(!here.isEmpty());
        QVERIFY2(!StorageLocation::isNetworkFileSystem(here), qPrintable(here));
    }

    void aLocalDatabaseUsesTheWriteAheadLog()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("local.inductiondesk")), m_clock);
        QVERIFY(ws);
        QCOMPARE((*ws)->database().journalMode(), QStringLiteral("wal"));
        QVERIFY((*ws)->sharedDriveWarning().isEmpty());
    }

    void aShareNeverUsesIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.inductiondesk"));
        { // made on a local disk first, then copied to a share
            auto local = Workspace::open(path, m_clock);
            QVERIFY(local);
            QCOMPARE((*local)->database().journalMode(), QStringLiteral("wal"));
        }
        Workspace::OpenOptions options;
        options.fileSystem = QStringLiteral("cifs");
        auto ws = Workspace::open(path, m_clock, options);
        QVERIFY(ws);
        QCOMPARE((*ws)->database().journalMode(), QStringLiteral("delete"));
        QCOMPARE((*ws)->database().networkFileSystem(), QStringLiteral("cifs"));
        const QString warning = (*ws)->sharedDriveWarning();
        QVERIFY2(warning.contains(QStringLiteral("network drive (cifs)")) &&
                     warning.contains(QStringLiteral("Two computers must not have it open")),
                 qPrintable(warning));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_MAIN(TestSharedDrive)
#include "tst_shareddrive.moc"
