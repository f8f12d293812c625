#include "TestDatabase.h"
#include "application/AvailabilityUseCases.h"
#include "application/PeopleUseCases.h"
#include "demo/DemoSchool.h"
#include "scheduling/DueSessions.h"
#include "services/SchedulingService.h"

#include <QTest>

using namespace idesk;

// What is due, said once (DueSessions), on the demo school in November 2026:
// the scheduler plans it and the flag engine judges it.
class TestDueSessions : public QObject
{
    Q_OBJECT

    static QList<DueSession> dueFor(Workspace &ws, const char *code, QDate monday)
    {
        auto input = SchedulingService(ws.database()).load();
        if (!input)
            qFatal("%s", qPrintable(input.error().message));
        const qint64 mentee = PeopleUseCases(ws).resolve(QString::fromLatin1(code))->id;
        const DueSessions due(*input);
        QList<DueSession> found;
        for (const MentorAssignment &a : std::as_const(input->assignments)) {
            if (a.menteeId == mentee)
                found += due.forWeek(a, monday, {monday, monday.addDays(6)});
        }
        return found;
    }

    static QString kinds(const QList<DueSession> &due)
    {
        QStringList k;
        for (const DueSession &d : due)
            k.append(SessionKinds::key(d.kind));
        return k.join(QLatin1Char(' '));
    }

private slots:
    void whatIsDue_data()
    {
        QTest::addColumn<QString>("mentee");
        QTest::addColumn<QDate>("monday");
        QTest::addColumn<QString>("change"); // what happens first: "", "pause", "absent"
        QTest::addColumn<QString>("kinds");
        QTest::addColumn<int>("cadence");
        // clang-format off
        QTest::newRow("year one: weekly") << "EBR" << QDate(2026, 11, 16) << "" << "observation coaching" << 1;
        QTest::newRow("year two: fortnightly") << "LCH" << QDate(2026, 11, 16) << "" << "observation coaching" << 2;
        QTest::newRow("half term: nothing") << "EBR" << QDate(2026, 10, 26) << "" << "" << 0;
        QTest::newRow("trainee: the minutes in sessions") << "OWR" << QDate(2026, 11, 16) << "" << "itt-mentoring itt-mentoring" << 1;
        QTest::newRow("after the placement: nothing") << "OWR" << QDate(2027, 1, 11) << "" << "" << 0;
        QTest::newRow("induction paused: nothing") << "AMU" << QDate(2026, 11, 16) << "pause" << "" << 0;
        QTest::newRow("absent all week: nothing") << "EBR" << QDate(2026, 11, 16) << "absent" << "" << 0;
        // clang-format on
    }

    void whatIsDue()
    {
        QFETCH(QString, mentee);
        QFETCH(QDate, monday);
        QFETCH(QString, change);
        QFETCH(QString, kinds);
        QFETCH(int, cadence);
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), t.clock()).ok());
        Workspace &ws = t.workspace();
        const qint64 id = PeopleUseCases(ws).resolve(mentee)->id;
        if (change == QLatin1String("pause")) {
            auto pause = PeopleUseCases(ws).changeInductionStatus(
                id, InductionStatus::Paused, monday, QStringLiteral("long-term-sickness"));
            QVERIFY(pause.ok() && ws.apply(**pause));
        } else if (change == QLatin1String("absent")) {
            auto absent = AvailabilityUseCases(ws).addAbsence(
                {0, id, {monday, monday.addDays(4)}, QStringLiteral("sickness")});
            QVERIFY(absent.ok() && ws.apply(**absent));
        }
        const QList<DueSession> due = dueFor(ws, mentee.toLatin1().constData(), monday);
        QCOMPARE(TestDueSessions::kinds(due), kinds);
        for (const DueSession &d : due) {
            QCOMPARE(d.cadenceWeeks, cadence);
            QCOMPARE(d.weekMonday, monday);
            QVERIFY(!d.days.isEmpty());
            QVERIFY(d.minutes > 0);
        }
    }

    void aFortnightIsTwoSchoolWeeks()
    {
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), t.clock()).ok());
        const auto a = dueFor(t.workspace(), "LCH", QDate(2026, 11, 16));
        const auto b = dueFor(t.workspace(), "LCH", QDate(2026, 11, 23));
        const auto c = dueFor(t.workspace(), "LCH", QDate(2026, 11, 30));
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        // Two consecutive weeks share a fortnight and differ in parity; the
        // third starts the next one.
        const bool abPair = a.first().fortnight == b.first().fortnight;
        const bool bcPair = b.first().fortnight == c.first().fortnight;
        QVERIFY(abPair != bcPair);
        QVERIFY(a.first().parity != b.first().parity);
        QVERIFY(b.first().parity != c.first().parity);
    }

    void traineeMinutesAddUpToTheWeek()
    {
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), t.clock()).ok());
        int minutes = 0;
        for (const DueSession &d : dueFor(t.workspace(), "OWR", QDate(2026, 11, 16)))
            minutes += d.minutes;
        QVERIFY(minutes >= 90);
    }
};

QTEST_GUILESS_MAIN(TestDueSessions)
#include "tst_duesessions.moc"
