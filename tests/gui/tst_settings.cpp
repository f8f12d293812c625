#include "settings/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace idesk::ui;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void recentDatabasesAreMostRecentFirstWithoutDuplicates()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings s(ini);
            for (int i = 0; i < Settings::kMaxRecentDatabases + 3; ++i)
                s.addRecentDatabase(QStringLiteral("/data/school-%1.inductiondesk").arg(i));
            s.addRecentDatabase(QStringLiteral("/data/school-5.inductiondesk"));
            s.setLastDatabase(QStringLiteral("/data/./school-5.inductiondesk"));
            s.sync();
        }
        Settings s(ini);
        const QStringList recent = s.recentDatabases();
        QCOMPARE(recent.size(), Settings::kMaxRecentDatabases);
        QCOMPARE(recent.first(), QStringLiteral("/data/school-5.inductiondesk"));
        QCOMPARE(recent.count(QStringLiteral("/data/school-5.inductiondesk")), 1);
        QCOMPARE(s.lastDatabase(), QStringLiteral("/data/school-5.inductiondesk"));
        s.removeRecentDatabase(QStringLiteral("/data/school-5.inductiondesk"));
        QVERIFY(!s.recentDatabases().contains(QStringLiteral("/data/school-5.inductiondesk")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
