#include "TestDatabase.h"
#include "io/TimetableCsv.h"
#include "services/TimetableService.h"
#include "storage/SchoolDayRepository.h"
#include "storage/TimetableRepository.h"

#include <QFile>
#include <QTest>

using namespace idesk;

namespace {
const QList<Period> kDay{
    {0, QStringLiteral("Reg"), QTime(8, 40), QTime(9, 0), PeriodKind::Registration},
    {0, QStringLiteral("P1"), QTime(9, 0), QTime(10, 0), PeriodKind::Lesson},
    {0, QStringLiteral("P2"), QTime(10, 0), QTime(11, 0), PeriodKind::Lesson},
    {0, QStringLiteral("Break"), QTime(11, 0), QTime(11, 20), PeriodKind::Break},
    {0, QStringLiteral("P3"), QTime(11, 20), QTime(12, 20), PeriodKind::Lesson},
};
} // namespace

class TestTimetableCsv : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TestDatabase t;
        qint64 abc = 0, xyz = 0;
        Fixture()
        {
            abc = t.addPerson(QStringLiteral("ABC"));
            xyz = t.addPerson(QStringLiteral("XYZ"));
            const Status s = SchoolDayRepository(t.db()).replacePeriods(kDay);
            if (!s)
                qFatal("%s", qPrintable(s.error().message));
        }
        QString path() const { return t.folder() + QStringLiteral("/timetable.csv"); }
        QString write(const QByteArray &content)
        {
            const QString path = this->path();
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                qFatal("cannot write");
            f.write(content);
            return path;
        }
        qint64 period(const char *name)
        {
            return SchoolDayRepository(t.db()).schoolDay()->byName(QLatin1String(name))->id;
        }
    };

private slots:
    void problemsNameFileRowAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("problem");
        const QByteArray header = "Staff Code,Week,Day,Period,Activity,Class\n";
        QTest::newRow("bad week") << header + "ABC,C,Mon,P1,Teaching,7X\n"
                                  << "timetable.csv, row 2, column Week: \"C\" is not a "
                                     "timetable week";
        QTest::newRow("not a day") << header + "ABC,A,Mun,P1,Teaching,7X\n"
                                   << "timetable.csv, row 2, column Day: \"Mun\" is not a day";
        QTest::newRow("unknown period") << header + "\nABC,A,Mon,P9,Teaching,7X\n"
                                        << "timetable.csv, row 3, column Period: the period "
                                           "\"9\" matches no period of the school day";
        QTest::newRow("bad activity") << header + "ABC,A,Mon,P1,Sleeping,\n"
                                      << "timetable.csv, row 2, column Activity: \"Sleeping\"";
        QTest::newRow("no teacher column") << QByteArray("Room,Day,Period\nR1,Mon,P1\n")
                                           << "timetable.csv: no header names a teacher";
    }
    void problemsNameFileRowAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, problem);
        Fixture f;
        TimetableService service(f.t.db());
        auto r = service.read(f.write(csv), {});
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(problem), qPrintable(r.error().message));
        // Nothing is written.
        QVERIFY(!TimetableRepository(f.t.db()).timetable()->hasTimetable(f.abc));
    }

    void activitiesAsSchoolsWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("activity"); // -1: not an activity
        QTest::newRow("Teaching") << "Teaching" << int(Activity::Teaching);
        QTest::newRow("lesson") << "lesson" << int(Activity::Teaching);
        QTest::newRow("PPA") << "PPA" << int(Activity::Ppa);
        QTest::newRow("Non-contact") << "Non-contact" << int(Activity::NonContact);
        QTest::newRow("non_contact") << "non_contact" << int(Activity::NonContact);
        QTest::newRow("NC") << "NC" << int(Activity::NonContact);
        QTest::newRow("Free") << "Free" << int(Activity::Free);
        QTest::newRow("Not working") << "Not working" << int(Activity::NotWorking);
        QTest::newRow("NW") << "N.W." << int(Activity::NotWorking);
        QTest::newRow("meeting") << "Meeting" << int(Activity::Duty);
        QTest::newRow("lunch duty") << "lunch duty" << -1;
    }
    void activitiesAsSchoolsWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(int, activity);
        const auto a = TimetableCsv::parseActivity(text);
        QCOMPARE(a ? int(*a) : -1, activity);
    }

    void twoWeekCycleWithEveryWeekRows()
    {
        Fixture f;
        TimetableService service(f.t.db());
        // Week B anywhere makes a two-week cycle; a blank week means both weeks.
        auto r = service.read(f.write("Staff Code;Week;Day;Period;Activity;Class\r\n"
                                      "abc;A;Mon;P1;Teaching;10X/Ma1\r\n"
                                      "ABC;B;Mon;P1;PPA;\r\n"
                                      "XYZ;;Tue;P2;Teaching;9Y\r\n"
                                      "XYZ;Week 2;Fri;P3;Not working;\r\n"
                                      "XYZ;A;Wed;Break;Teaching;Club\r\n"),
                              {});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->file.format, QStringLiteral("inductiondesk"));
        QCOMPARE(r->import.cycleWeeks, 2);
        QCOMPARE(r->import.people, 2);
        QCOMPARE(r->import.entries.size(), 6);
        QCOMPARE(r->changedPeople, 2);
        QVERIFY(service.save(*r));
        auto tt = TimetableRepository(f.t.db()).timetable();
        QCOMPARE(tt->cycleWeeks(), 2);
        QCOMPARE(tt->activity(f.abc, 0, 1, f.period("P1")), Activity::Teaching);
        QCOMPARE(tt->entry(f.abc, 0, 1, f.period("P1"))->classLabel, QStringLiteral("10X/Ma1"));
        QCOMPARE(tt->activity(f.abc, 1, 1, f.period("P1")), Activity::Ppa);
        QCOMPARE(tt->activity(f.xyz, 0, 2, f.period("P2")), Activity::Teaching);
        QCOMPARE(tt->activity(f.xyz, 1, 2, f.period("P2")), Activity::Teaching);
        QCOMPARE(tt->activity(f.xyz, 1, 5, f.period("P3")), Activity::NotWorking);
        QCOMPARE(tt->activity(f.xyz, 0, 5, f.period("P3")), Activity::Free);
        // Nobody teaches at break: what is placed there is a duty.
        QCOMPARE(tt->activity(f.xyz, 0, 3, f.period("Break")), Activity::Duty);

        // Importing the same file again changes nothing.
        const auto before = tt->allEntries().size();
        auto again = service.read(f.path(), {});
        QVERIFY(again);
        QCOMPARE(again->changedPeople, 0);
        QVERIFY(service.save(*again));
        QCOMPARE(TimetableRepository(f.t.db()).timetable()->allEntries().size(), before);
    }

    void unknownStaffCodeIsListedNotSaved()
    {
        Fixture f;
        auto r = TimetableService(f.t.db()).read(
            f.write("Staff Code,Week,Day,Period,Activity,Class\n"
                    "ABC,A,Mon,P1,Teaching,7X\nQQQ,A,Mon,P1,PPA,\n"),
            {});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->matchedCount(), 1);
        QCOMPARE(r->unmatched().size(), 1);
        QCOMPARE(r->unmatched().first().key, QStringLiteral("QQQ"));
        QCOMPARE(r->import.people, 1);
    }

    void oneWeekFileForSomeoneKeepsTheSchoolOnTwoWeeks()
    {
        Fixture f;
        TimetableService service(f.t.db());
        auto two = service.read(f.write("Staff Code,Week,Day,Period,Activity\n"
                                        "ABC,A,Mon,P1,Teaching\nABC,B,Mon,P1,PPA\n"),
                                {});
        QVERIFY(two && service.save(*two));
        auto one = service.read(f.write("Staff Code,Week,Day,Period,Activity\n"
                                        "XYZ,,Wed,P3,PPA\n"),
                                {});
        QVERIFY(one);
        QCOMPARE(one->import.cycleWeeks, 1);
        QVERIFY(service.save(*one));
        auto tt = TimetableRepository(f.t.db()).timetable();
        QCOMPARE(tt->cycleWeeks(), 2);
        QCOMPARE(tt->activity(f.xyz, 1, 3, f.period("P3")), Activity::Ppa);
        QCOMPARE(tt->activity(f.abc, 1, 1, f.period("P1")), Activity::Ppa); // untouched
    }

    void noSchoolDayYetIsExplained()
    {
        TestDatabase t;
        t.addPerson(QStringLiteral("ABC"));
        const QString path = t.folder() + QStringLiteral("/tt.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Staff Code,Week,Day,Period,Activity\nABC,A,Mon,P1,Teaching\n");
        file.close();
        auto r = TimetableService(t.db()).read(path, {});
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("import the school day first")));
    }
};

QTEST_GUILESS_MAIN(TestTimetableCsv)
#include "tst_timetablecsv.moc"
