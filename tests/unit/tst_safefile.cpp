#include "util/SafeFile.h"

#include "util/CheckedDevice.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace idesk;

namespace {
// A device that fails every write past its first `room` bytes, as a full
// disk does (KeePassXC's tests use one like it).
class FailingDevice final : public QBuffer
{
public:
    explicit FailingDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 writeData(const char *data, qint64 size) override
    {
        if (pos() + size > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        return QBuffer::writeData(data, size);
    }

private:
    qint64 m_room;
};
} // namespace

// Every file InductionDesk writes for a person goes through SafeFile: the old
// file survives any failure byte for byte, and what is not an ordinary file
// is never written over.
class TestSafeFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
    }
    QString put(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write");
        return path;
    }

private slots:
    // A writer that never looks at what write() returns (QTextStream here,
    // QPdfWriter for the reports) is caught by the device it writes through.
    void aWriterThatIgnoresFailuresIsCaught_data()
    {
        QTest::addColumn<int>("room");
        for (int room : {0, 1, 100, 4095, 4096, 20000})
            QTest::newRow(qPrintable(QString::number(room))) << room;
    }

    void aWriterThatIgnoresFailuresIsCaught()
    {
        QFETCH(int, room);
        FailingDevice disk(room);
        CheckedDevice checked(disk);
        {
            QTextStream out(&checked);
            for (int i = 0; i < 2000; ++i)
                out << "BEGIN:VEVENT\r\nSUMMARY:Line " << i << "\r\nEND:VEVENT\r\n";
        } // flushed here, the answer ignored, as such writers do
        QVERIFY(checked.failed());
        QCOMPARE(checked.problem(), QStringLiteral("No space left on device"));
        QVERIFY(checked.written() <= room);
        QVERIFY(disk.data().size() <= room);
    }

    void aWriterWithRoomIsNotFlagged()
    {
        FailingDevice disk(1 << 20);
        CheckedDevice checked(disk);
        {
            QTextStream out(&checked);
            out << "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
        }
        QVERIFY(!checked.failed());
        QCOMPARE(disk.data(), QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
    }

    void replacesTheFileWhole()
    {
        const QString path = put(QStringLiteral("report.pdf"), "old");
        QVERIFY(SafeFile::write(path, QByteArray("new and longer")));
        QCOMPARE(read(path), QByteArray("new and longer"));
        QVERIFY(SafeFile::write(m_dir.filePath(QStringLiteral("fresh.ics")), QByteArray("x")));
    }

    void aFailedWriteLeavesTheOldFileAsItWas()
    {
        const QString path = put(QStringLiteral("terms.ics"), "BEGIN:VCALENDAR good");
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        const Status s = SafeFile::write(path, [](QIODevice &device) -> Status {
            device.write("half a calendar");
            return Error::storage(QStringLiteral("the writer gave up"));
        });
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("terms.ics: cannot be written")),
                 qPrintable(s.error().message));
        QCOMPARE(read(path), QByteArray("BEGIN:VCALENDAR good"));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before); // no temporary left
    }

    void notOrdinaryFilesAreRefused()
    {
        QDir(m_dir.path()).mkdir(QStringLiteral("folder"));
        auto s = SafeFile::write(m_dir.filePath(QStringLiteral("folder")), QByteArray("x"));
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("is a folder")));
        s = SafeFile::write(m_dir.filePath(QStringLiteral("missing/x.pdf")), QByteArray("x"));
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("does not exist")));
#ifdef Q_OS_UNIX
        s = SafeFile::write(QStringLiteral("/dev/null"), QByteArray("x"));
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("not an ordinary file")));
        const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        s = SafeFile::write(fifo, QByteArray("x"));
        QVERIFY(!s);
        QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
#endif
    }

    void aLinkIsFollowedAndKept()
    {
#ifdef Q_OS_UNIX
        const QString real = put(QStringLiteral("real.ics"), "old");
        const QString link = m_dir.filePath(QStringLiteral("link.ics"));
        QVERIFY(QFile::link(real, link));
        QVERIFY(SafeFile::write(link, QByteArray("new")));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(read(real), QByteArray("new"));
#else
        QSKIP("symbolic links are a Unix test");
#endif
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
