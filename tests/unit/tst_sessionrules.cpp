#include "domain/SessionRules.h"

#include <QTest>

using namespace idesk;

Q_DECLARE_METATYPE(idesk::SessionStatus)

// What may be done to a session, by its status and its day against today:
// the record is never damaged by one click (a held or past session is not
// cancelled, a session still to come is not held or missed).
class TestSessionRules : public QObject
{
    Q_OBJECT

    static inline const QDate kToday{2026, 11, 23};

    static MentoringSession session(SessionStatus status, int daysFromToday)
    {
        MentoringSession s;
        s.id = 1;
        s.status = status;
        s.day = kToday.addDays(daysFromToday);
        s.weekMonday = s.day.addDays(1 - s.day.dayOfWeek());
        s.minutes = 30;
        return s;
    }

    static void table()
    {
        QTest::addColumn<SessionStatus>("status");
        QTest::addColumn<int>("day");
        QTest::addColumn<bool>("allowed");
    }

private slots:
    void cancel_data()
    {
        table();
        QTest::newRow("planned, to come") << SessionStatus::Planned << 3 << true;
        QTest::newRow("planned, today") << SessionStatus::Planned << 0 << true;
        QTest::newRow("planned, past") << SessionStatus::Planned << -1 << false;
        QTest::newRow("held, past") << SessionStatus::Held << -60 << false;
        QTest::newRow("held, today") << SessionStatus::Held << 0 << false;
        QTest::newRow("missed") << SessionStatus::Missed << -2 << false;
        QTest::newRow("cancelled") << SessionStatus::Cancelled << 2 << false;
    }
    void cancel()
    {
        QFETCH(SessionStatus, status);
        QFETCH(int, day);
        QFETCH(bool, allowed);
        const Status s =
            SessionRules::canCancel(session(status, day), QStringLiteral("Mentor ill"), kToday);
        QCOMPARE(s.ok(), allowed);
        if (!allowed)
            QVERIFY(s.error().message.contains(QStringLiteral("2026")));
    }

    void cancelNeedsAReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("none") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("  \t ") << false;
        QTest::newRow("given") << QStringLiteral("Exam invigilation") << true;
        QTest::newRow("at the limit")
            << QString(SessionRules::kMaxCancelReason, QLatin1Char('x')) << true;
        QTest::newRow("too long") << QString(SessionRules::kMaxCancelReason + 1, QLatin1Char('x'))
                                  << false;
    }
    void cancelNeedsAReason()
    {
        QFETCH(QString, reason);
        QFETCH(bool, allowed);
        QCOMPARE(SessionRules::canCancel(session(SessionStatus::Planned, 1), reason, kToday).ok(),
                 allowed);
    }

    void markMissed_data()
    {
        table();
        QTest::newRow("planned, past") << SessionStatus::Planned << -3 << true;
        QTest::newRow("planned, today") << SessionStatus::Planned << 0 << true;
        QTest::newRow("planned, to come") << SessionStatus::Planned << 1 << false;
        QTest::newRow("held") << SessionStatus::Held << -3 << false;
        QTest::newRow("cancelled") << SessionStatus::Cancelled << -3 << false;
        QTest::newRow("missed") << SessionStatus::Missed << -3 << false;
    }
    void markMissed()
    {
        QFETCH(SessionStatus, status);
        QFETCH(int, day);
        QFETCH(bool, allowed);
        QCOMPARE(SessionRules::canMarkMissed(session(status, day), kToday).ok(), allowed);
    }

    void markHeld_data()
    {
        table();
        QTest::newRow("planned, past") << SessionStatus::Planned << -3 << true;
        QTest::newRow("planned, today") << SessionStatus::Planned << 0 << true;
        QTest::newRow("planned, tomorrow") << SessionStatus::Planned << 1 << false;
        QTest::newRow("planned, in two days") << SessionStatus::Planned << 2 << false;
        QTest::newRow("held again: a correction") << SessionStatus::Held << -3 << true;
    }
    void markHeld()
    {
        QFETCH(SessionStatus, status);
        QFETCH(int, day);
        QFETCH(bool, allowed);
        const MentoringSession s = session(status, day);
        QCOMPARE(SessionRules::canMarkHeld(s, s.day, 30, kToday).ok(), allowed);
    }

    void markNotHeld_data()
    {
        table();
        QTest::newRow("held") << SessionStatus::Held << -3 << true;
        QTest::newRow("planned") << SessionStatus::Planned << -3 << false;
        QTest::newRow("missed") << SessionStatus::Missed << -3 << false;
        QTest::newRow("cancelled") << SessionStatus::Cancelled << 3 << false;
    }
    void markNotHeld()
    {
        QFETCH(SessionStatus, status);
        QFETCH(int, day);
        QFETCH(bool, allowed);
        QCOMPARE(SessionRules::canMarkNotHeld(session(status, day)).ok(), allowed);
    }
};

QTEST_GUILESS_MAIN(TestSessionRules)
#include "tst_sessionrules.moc"
