#include "TestDatabase.h"
#include "io/CsvReader.h"
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
        QString write(const QByteArray &content)
        {
            const QString path = t.folder() + QStringLiteral("/timetable.csv");
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
        QTest::newRow("unknown staff") << header + "ABC,A,Mon,P1,Teaching,7X\nQQQ,A,Mon,P1,PPA,\n"
                                       << "timetable.csv, row 3, column Staff Code: no one has "
                                          "the staff code \"QQQ\"";
        QTest::newRow("bad week") << header + "ABC,C,Mon,P1,Teaching,7X\n"
                                  << "timetable.csv, row 2, column Week: \"C\" is not a "
                                     "timetable week";
        QTest::newRow("weekend") << header + "ABC,A,Sat,P1,Teaching,7X\n"
                                 << "timetable.csv, row 2, column Day: \"Sat\" is not a school "
                                    "day";
        QTest::newRow("unknown period") << header + "\nABC,A,Mon,P9,Teaching,7X\n"
                                        << "timetable.csv, row 3, column Period: \"P9\" is not a "
                                           "period";
        QTest::newRow("bad activity") << header + "ABC,A,Mon,P1,Sleeping,\n"
                                      << "timetable.csv, row 2, column Activity: \"Sleeping\"";
        QTest::newRow("teaching at break") << header + "ABC,A,Mon,Break,Teaching,7X\n"
                                           << "timetable.csv, row 2, column Activity: Break is a "
                                              "break";
        QTest::newRow("duplicate") << header + "ABC,A,Mon,P1,Teaching,7X\nABC,A,Monday,P1,PPA,\n"
                                   << "timetable.csv, row 3: the same person, week, day and "
                                      "period is already given on row 2";
        QTest::newRow("missing column") << QByteArray("Staff Code,Day,Period,Activity\nABC,Mon,"
                                                      "P1,PPA\n")
                                        << "timetable.csv, row 1: the header has no column Week";
    }
    void problemsNameFileRowAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, problem);
        Fixture f;
        QStringList problems;
        TimetableService service(f.t.db());
        auto r = service.readCsv(f.write(csv), &problems);
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
        QStringList problems;
        TimetableService service(f.t.db());
        // Week B anywhere makes a two-week cycle; a blank week means both weeks.
        auto r = service.readCsv(f.write("Staff Code;Week;Day;Period;Activity;Class\r\n"
                                         "abc;A;Mon;P1;Teaching;10X/Ma1\r\n"
                                         "ABC;B;Mon;P1;PPA;\r\n"
                                         "XYZ;;Tue;P2;Teaching;9Y\r\n"
                                         "XYZ;Week 2;Fri;P3;Not working;\r\n"),
                                 &problems);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->cycleWeeks, 2);
        QCOMPARE(r->people, 2);
        QCOMPARE(r->entries.size(), 5);
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

        // Importing the same file again gives the same timetable.
        const auto before = tt->allEntries().size();
        QVERIFY(service.save(*r));
        QCOMPARE(TimetableRepository(f.t.db()).timetable()->allEntries().size(), before);
    }

    void oneWeekFileForSomeoneKeepsTheSchoolOnTwoWeeks()
    {
        Fixture f;
        QStringList problems;
        TimetableService service(f.t.db());
        auto two = service.readCsv(f.write("Staff Code,Week,Day,Period,Activity\n"
                                           "ABC,A,Mon,P1,Teaching\nABC,B,Mon,P1,PPA\n"),
                                   &problems);
        QVERIFY(two && service.save(*two));
        auto one = service.readCsv(f.write("Staff Code,Week,Day,Period,Activity\n"
                                           "XYZ,,Wed,P3,PPA\n"),
                                   &problems);
        QVERIFY(one);
        QCOMPARE(one->cycleWeeks, 1);
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
        QStringList problems;
        auto r = TimetableService(t.db()).readCsv(path, &problems);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("import the school day first")));
    }
};

QTEST_GUILESS_MAIN(TestTimetableCsv)
#include "tst_timetablecsv.moc"
