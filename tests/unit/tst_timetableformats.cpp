#include "TestDatabase.h"
#include "XlsxBuilder.h"
#include "application/CalendarUseCases.h"
#include "io/SlotName.h"
#include "io/TimetableFileReader.h"
#include "storage/PersonRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/TimetableRepository.h"

#include <QFile>
#include <QTest>

using namespace idesk;

// Timetable exports as the programs write them: FET's (made with fet-cl,
// tests/fixtures/timetables/make-fet-fixtures.py), aSc's XML export (as its
// "aSc Timetables 2012 XML" lays it out), and grids as MIS report writers
// and spreadsheets make them; matched to a school's staff and school day.
class TestTimetableFormats : public QObject
{
    Q_OBJECT

    struct School
    {
        TestDatabase t;
        qint64 jhu = 0, ebr = 0, psi = 0;
        School(bool withDay = true)
        {
            jhu = add(QStringLiteral("JHU"), QStringLiteral("Mr"), QStringLiteral("James"),
                      QStringLiteral("Hughes"));
            ebr = add(QStringLiteral("EBR"), QStringLiteral("Miss"), QStringLiteral("Emily"),
                      QStringLiteral("Brown"));
            psi = add(QStringLiteral("PSI"), QStringLiteral("Mrs"), QStringLiteral("Priya"),
                      QStringLiteral("Singh"));
            if (withDay) {
                const Status s = SchoolDayRepository(t.db()).replacePeriods({
                    {0, QStringLiteral("Registration"), QTime(8, 40), QTime(9, 0),
                     PeriodKind::Registration},
                    {0, QStringLiteral("P1"), QTime(9, 0), QTime(10, 0), PeriodKind::Lesson},
                    {0, QStringLiteral("P2"), QTime(10, 0), QTime(11, 0), PeriodKind::Lesson},
                    {0, QStringLiteral("Break"), QTime(11, 0), QTime(11, 20), PeriodKind::Break},
                    {0, QStringLiteral("P3"), QTime(11, 20), QTime(12, 20), PeriodKind::Lesson},
                    {0, QStringLiteral("Lunch"), QTime(12, 20), QTime(13, 0), PeriodKind::Lunch},
                    {0, QStringLiteral("P4"), QTime(13, 0), QTime(14, 0), PeriodKind::Lesson},
                    {0, QStringLiteral("P5"), QTime(14, 0), QTime(15, 0), PeriodKind::Lesson},
                });
                if (!s)
                    qFatal("%s", qPrintable(s.error().message));
            }
        }
        qint64 add(const QString &code, const QString &title, const QString &first,
                   const QString &last)
        {
            Person p;
            p.staffCode = code;
            p.title = title;
            p.firstName = first;
            p.lastName = last;
            p.employmentStart = QDate(2020, 9, 1);
            return PersonRepository(t.db()).insert(p).value();
        }
        qint64 period(const QString &name)
        {
            return SchoolDayRepository(t.db()).schoolDay().value().byName(name)->id;
        }
        QString write(const QString &name, const QByteArray &bytes)
        {
            const QString path = t.folder() + QLatin1Char('/') + name;
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(path));
            return path;
        }
        Result<TimetablePlan> read(const QString &path, const TimetableReadOptions &o = {})
        {
            return CalendarUseCases(t.workspace()).readTimetables(path, o);
        }
        Status import(const TimetablePlan &plan)
        {
            auto change = CalendarUseCases(t.workspace()).importTimetables(plan);
            return change ? t.workspace().apply(**change) : Status(change.error());
        }
    };

    static QString fixture(const char *name)
    {
        return QStringLiteral(FIXTURES_DIR "/timetables/") + QLatin1String(name);
    }
    static const TimetableEntry *find(const TimetablePlan &plan, qint64 person, int week,
                                      int weekday, qint64 period)
    {
        for (const TimetableEntry &e : plan.import.entries) {
            if (e.personId == person && e.week == week && e.weekday == weekday &&
                e.periodId == period)
                return &e;
        }
        return nullptr;
    }
    static const TeacherMatch *teacher(const TimetablePlan &plan, const QString &key)
    {
        for (const TeacherMatch &t : plan.teachers) {
            if (t.key == key)
                return &t;
        }
        return nullptr;
    }

private slots:
    void slotNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("week");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("running");
        QTest::addColumn<QString>("times");
        QTest::newRow("Mon:1") << "Mon:1" << -1 << 1 << 1 << 0 << "";
        QTest::newRow("MonA:1") << "MonA:1" << 0 << 1 << 1 << 0 << "";
        QTest::newRow("TueB:3") << "TueB:3" << 1 << 2 << 3 << 0 << "";
        QTest::newRow("1Mon:1") << "1Mon:1" << 0 << 1 << 1 << 0 << "";
        QTest::newRow("2Fri:5") << "2Fri:5" << 1 << 5 << 5 << 0 << "";
        QTest::newRow("Mon 1") << "Mon 1" << -1 << 1 << 1 << 0 << "";
        QTest::newRow("Monday P1") << "Monday P1" << -1 << 1 << 1 << 0 << "";
        QTest::newRow("Thursday Period 4") << "Thursday Period 4" << -1 << 4 << 4 << 0 << "";
        QTest::newRow("Week B Wednesday P2") << "Week B Wednesday P2" << 1 << 3 << 2 << 0 << "";
        QTest::newRow("Wk1 Thurs L3") << "Wk1 Thurs L3" << 0 << 4 << 3 << 0 << "";
        QTest::newRow("Mon1:3") << "Mon1:3" << 0 << 1 << 3 << 0 << "";
        QTest::newRow("Day 7 P2") << "Day 7 P2" << 1 << 2 << 2 << 0 << "";
        QTest::newRow("running 17") << "17" << -1 << 0 << 0 << 17 << "";
        QTest::newRow("time range") << "09:30 - 11:00" << -1 << 0 << 0 << 0 << "09:30-11:00";
        QTest::newRow("FET hour") << "9.30 - 11.00" << -1 << 0 << 0 << 0 << "09:30-11:00";
        QTest::newRow("afternoon") << "1.30-2.30" << -1 << 0 << 0 << 0 << "13:30-14:30";
        QTest::newRow("day and time") << "Tue 13:00-14:00" << -1 << 2 << 0 << 0 << "13:00-14:00";
    }
    void slotNames()
    {
        QFETCH(QString, text);
        QFETCH(int, week);
        QFETCH(int, weekday);
        QFETCH(int, period);
        QFETCH(int, running);
        QFETCH(QString, times);
        const auto s = SlotName::parse(text);
        QVERIFY(s);
        QCOMPARE(s->week, week);
        QCOMPARE(s->weekday, weekday);
        QCOMPARE(s->period, period);
        QCOMPARE(s->running, running);
        QCOMPARE(s->hasTime() ? s->start.toString(QStringLiteral("HH:mm")) + QLatin1Char('-') +
                                    s->end.toString(QStringLiteral("HH:mm"))
                              : QString(),
                 times);
    }

    void dayNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("week");
        QTest::addColumn<int>("weekday");
        QTest::newRow("Monday") << "Monday" << -1 << 1;
        QTest::newRow("Monday A") << "Monday A" << 0 << 1;
        QTest::newRow("TueB") << "TueB" << 1 << 2;
        QTest::newRow("Mon2") << "Mon2" << 1 << 1;
        QTest::newRow("Day 6") << "Day 6" << 1 << 1;
        QTest::newRow("Week 2 Friday") << "Week 2 Friday" << 1 << 5;
        QTest::newRow("Saturday") << "Saturday" << -1 << 6;
    }
    void dayNames()
    {
        QFETCH(QString, text);
        QFETCH(int, week);
        QFETCH(int, weekday);
        const auto d = SlotName::parseDay(text);
        QVERIFY(d);
        QCOMPARE(d->week, week);
        QCOMPARE(d->weekday, weekday);
    }

    void fetTeachersTimetable()
    {
        School s;
        auto plan = s.read(fixture("fet-two-week_teachers.xml"));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->file.format, QStringLiteral("fet"));
        QCOMPARE(plan->import.cycleWeeks, 2);
        QCOMPARE(plan->teachers.size(), 4);
        QCOMPARE(plan->matchedCount(), 3);
        QCOMPARE(teacher(*plan, QStringLiteral("JHU"))->how, TeacherMatch::How::Code);
        QCOMPARE(teacher(*plan, QStringLiteral("Priya Singh"))->personId, s.psi);
        QCOMPARE(teacher(*plan, QStringLiteral("Priya Singh"))->how, TeacherMatch::How::Name);
        const TeacherMatch *supply = teacher(*plan, QStringLiteral("Zed Quinn"));
        QCOMPARE(supply->personId, 0);
        QVERIFY(!supply->suggestion.isEmpty());
        // Every lesson FET placed, in both weeks; the hours matched by time.
        QCOMPARE(teacher(*plan, QStringLiteral("JHU"))->lessons, 20);
        QCOMPARE(teacher(*plan, QStringLiteral("EBR"))->lessons, 11);
        QCOMPARE(plan->periods.first().schoolName, QStringLiteral("Registration"));
        QCOMPARE(plan->periods.at(3).schoolName, QStringLiteral("P3"));
        int weekB = 0, duties = 0, ppa = 0;
        for (const TimetableEntry &e : plan->import.entries) {
            weekB += e.week == 1 ? 1 : 0;
            duties += e.activity == Activity::Duty ? 1 : 0;
            ppa += e.activity == Activity::Ppa ? 1 : 0;
            QVERIFY(e.activity != Activity::Teaching || !e.classLabel.isEmpty());
        }
        QVERIFY(weekB > 10);
        QCOMPARE(duties, 1); // JHU's meeting
        QCOMPARE(ppa, 2);    // EBR's PPA, which FET placed with no students
        QVERIFY(s.import(*plan));
        QVERIFY(TimetableRepository(s.t.db()).timetable()->hasTimetable(s.jhu));
    }

    void fetFileWithItsTimetable()
    {
        School s;
        auto plan = s.read(fixture("fet-two-week_data_and_timetable.fet"));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->file.source, QStringLiteral("fet:Hollinsbrook Academy"));
        QCOMPARE(plan->import.cycleWeeks, 2);
        QCOMPARE(teacher(*plan, QStringLiteral("JHU"))->lessons, 20);
        // The part-time teacher FET may not place on Fridays is not working then.
        for (int week : {0, 1}) {
            for (const char *p : {"P1", "P3", "P5"}) {
                const TimetableEntry *e = find(*plan, s.psi, week, 5, s.period(QLatin1String(p)));
                QVERIFY(e);
                QCOMPARE(e->activity, Activity::NotWorking);
            }
        }
        // The same lessons as FET's own teachers timetable.
        auto xml = s.read(fixture("fet-two-week_teachers.xml"));
        QVERIFY(xml);
        int teaching = 0, teachingXml = 0;
        for (const TimetableEntry &e : plan->import.entries)
            teaching += e.activity == Activity::Teaching ? 1 : 0;
        for (const TimetableEntry &e : xml->import.entries)
            teachingXml += e.activity == Activity::Teaching ? 1 : 0;
        QCOMPARE(teaching, teachingXml);
    }

    void fetFileWithoutATimetableIsExplained()
    {
        School s;
        const QString path = s.write(
            QStringLiteral("school.fet"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fet version=\"6.8.5\">\n"
            "<Days_List><Number_of_Days>5</Number_of_Days><Day><Name>Monday</Name></Day>"
            "<Day><Name>Tuesday</Name></Day><Day><Name>Wednesday</Name></Day>"
            "<Day><Name>Thursday</Name></Day><Day><Name>Friday</Name></Day></Days_List>\n"
            "<Hours_List><Number_of_Hours>1</Number_of_Hours><Hour><Name>1</Name></Hour>"
            "</Hours_List>\n<Teachers_List><Teacher><Name>JHU</Name></Teacher></Teachers_List>\n"
            "<Activities_List><Activity><Teacher>JHU</Teacher><Subject>Ma</Subject>"
            "<Duration>1</Duration><Id>1</Id><Active>true</Active></Activity></Activities_List>\n"
            "<Time_Constraints_List></Time_Constraints_List>\n</fet>\n");
        auto plan = s.read(path);
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(QLatin1String("holds no timetable")),
                 qPrintable(plan.error().message));
    }

    void ascExport()
    {
        School s;
        auto plan = s.read(fixture("asc-two-week.xml"));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->file.format, QStringLiteral("asc"));
        QCOMPARE(plan->import.cycleWeeks, 2);
        QCOMPARE(plan->matchedCount(), 3);
        const TeacherMatch *zoe = teacher(*plan, QStringLiteral("ZMU"));
        QVERIFY(zoe && zoe->personId == 0);
        QVERIFY2(zoe->shown.contains(QStringLiteral("Zoë Müller")), qPrintable(zoe->shown));
        // Week patterns: 10X English on Tuesday P2 in week A, P4 in week B.
        const TimetableEntry *a = find(*plan, s.ebr, 0, 2, s.period(QStringLiteral("P2")));
        QVERIFY(a && a->activity == Activity::Teaching);
        QCOMPARE(a->classLabel, QStringLiteral("10X En"));
        QVERIFY(!find(*plan, s.ebr, 1, 2, s.period(QStringLiteral("P2"))));
        QVERIFY(find(*plan, s.ebr, 1, 2, s.period(QStringLiteral("P4"))));
        // Every week: both weeks; a lesson for two teachers is both of theirs.
        QVERIFY(find(*plan, s.jhu, 0, 1, s.period(QStringLiteral("P1"))));
        QVERIFY(find(*plan, s.jhu, 1, 1, s.period(QStringLiteral("P1"))));
        QCOMPARE(find(*plan, s.psi, 1, 4, s.period(QStringLiteral("P5")))->classLabel,
                 QStringLiteral("7X Sc"));
        QVERIFY(find(*plan, s.jhu, 1, 4, s.period(QStringLiteral("P5"))));
        // A subject with no class is what it says; PPA is PPA.
        QCOMPARE(find(*plan, s.ebr, 0, 1, s.period(QStringLiteral("P3")))->activity, Activity::Ppa);
        QCOMPARE(plan->periods.first().schoolName, QStringLiteral("Registration"));
        QCOMPARE(plan->file.notes.size(), 1); // the card not yet placed
    }

    void ascTenDayCycle()
    {
        School s;
        const QString path = s.write(
            QStringLiteral("ten-day.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<timetable ascttversion=\"2024.9.2\">\n"
            "<periods><period period=\"1\" short=\"1\" starttime=\"9:00\" endtime=\"10:00\"/>"
            "</periods>\n<teachers><teacher id=\"T1\" short=\"JHU\"/></teachers>\n"
            "<classes><class id=\"C1\" short=\"8Y\"/></classes>\n"
            "<subjects><subject id=\"S1\" short=\"Hi\"/></subjects>\n"
            "<lessons><lesson id=\"L1\" classids=\"C1\" subjectid=\"S1\" teacherids=\"T1\"/>"
            "</lessons>\n<cards><card lessonid=\"L1\" period=\"1\" days=\"0000010000\" "
            "weeks=\"1\"/></cards>\n</timetable>\n");
        auto plan = s.read(path);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->import.cycleWeeks, 2);
        QCOMPARE(plan->import.entries.size(), 1);
        QCOMPARE(plan->import.entries.first().week, 1);
        QCOMPARE(plan->import.entries.first().weekday, 1);
    }

    void ascCardsNamingOneDay()
    {
        School s;
        const QString path = s.write(
            QStringLiteral("older.xml"),
            "<timetable ascttversion=\"2010.3.1\" options=\"daynumbering1\">\n"
            "<days><day day=\"1\" name=\"Monday\"/><day day=\"2\" name=\"Tuesday\"/></days>\n"
            "<periods><period period=\"1\" starttime=\"9:00\" endtime=\"10:00\"/></periods>\n"
            "<teachers><teacher id=\"T1\" short=\"EBR\"/></teachers>\n"
            "<classes><class id=\"C1\" short=\"9Z\"/></classes>\n"
            "<lessons><lesson id=\"L1\" classids=\"C1\" teacherids=\"T1\"/></lessons>\n"
            "<cards><card lessonid=\"L1\" period=\"1\" day=\"2\"/></cards>\n</timetable>\n");
        auto plan = s.read(path);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->import.entries.size(), 1);
        QCOMPARE(plan->import.entries.first().weekday, 2);
        QCOMPARE(plan->import.entries.first().classLabel, QStringLiteral("9Z"));
    }

    void grids_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("cycle");
        QTest::addColumn<int>("week");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("label");
        QTest::newRow("Mon:1 across")
            << QByteArray("Staff Code,Mon:1,Mon:2,Mon:3,Tue:1,Tue:2\nJHU,7X/Ma1,,PPA,,10Y/Ma2\n")
            << 1 << 0 << 2 << "P2"
            << "10Y/Ma2";
        QTest::newRow("MonA:1 across")
            << QByteArray("Teacher,MonA:1,MonA:2,MonB:1,MonB:2\nJHU,,8X,9Y,Free\n") << 2 << 1 << 1
            << "P1"
            << "9Y";
        QTest::newRow("SIMS 1Mon:1 under a title")
            << QByteArray("Staff timetables, printed 23/11/2026\n\nName,Code,1Mon:1,1Mon:2,"
                          "2Mon:1,2Mon:2\nJames Hughes,JHU,7X,,,11Z\n")
            << 2 << 1 << 1 << "P2"
            << "11Z";
        QTest::newRow("Monday P1 with a duty")
            << QByteArray("Staff,Monday P1,Monday P2,Friday P4,Friday P5\n\"Hughes, James\","
                          "Break duty,,,\"10X/Sc1\nLab 2\"\n")
            << 1 << 0 << 5 << "P5"
            << "10X/Sc1";
        QTest::newRow("numbered over the cycle") << []() -> QByteArray {
            QByteArray h = "Teacher";
            QByteArray r = "JHU";
            for (int i = 1; i <= 50; ++i) {
                h += "," + QByteArray::number(i);
                r += i == 32 ? ",12A/Ch" : ",";
            }
            return h + "\n" + r + "\n";
        }() << 2
            << 1 << 2 << "P2"
            << "12A/Ch"; // 32: week B, Tuesday, the 2nd lesson
        QTest::newRow("times with a day column")
            << QByteArray("Teacher,Day,08:40 - 09:00,09:00 - 10:00,10:00 - 11:00,11:20 - 12:20\n"
                          "JHU,Wednesday,,,9X,\nJHU,Thursday,Reg,,,\n")
            << 1 << 0 << 3 << "P2"
            << "9X";
        QTest::newRow("day over periods")
            << QByteArray(",Monday,,Tuesday,\nStaff Code,1,2,1,2\nJHU,,,7Y,\n") << 1 << 0 << 2
            << "P1"
            << "7Y";
        QTest::newRow("long: teacher, period, class")
            << QByteArray("Teacher Code,Period,Class,Room\nJHU,ThuB:4,10Z/Fr1,L4\nJHU,MonA:1,"
                          "7X,L4\n")
            << 2 << 1 << 4 << "P4"
            << "10Z/Fr1";
        QTest::newRow("long: day and period columns")
            << QByteArray("Teacher,Week,Day,Period,Subject\nJHU,2,Tue,3,Geography\n") << 2 << 1 << 2
            << "P3"
            << "Geography";
    }
    void grids()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, cycle);
        QFETCH(int, week);
        QFETCH(int, weekday);
        QFETCH(QString, period);
        QFETCH(QString, label);
        School s;
        auto plan = s.read(s.write(QStringLiteral("grid.csv"), csv));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->file.format, QStringLiteral("grid"));
        QCOMPARE(plan->import.cycleWeeks, cycle);
        QCOMPARE(plan->teachers.first().personId, s.jhu);
        const TimetableEntry *e = find(*plan, s.jhu, week, weekday, s.period(period));
        QVERIFY(e);
        QCOMPARE(e->activity, Activity::Teaching);
        QCOMPARE(e->classLabel, label);
    }

    void gridNonTeachingWords()
    {
        School s;
        auto plan = s.read(s.write(QStringLiteral("grid.csv"),
                                   "Teacher,Mon:1,Mon:2,Mon:3,Mon:4,Mon:5\n"
                                   "EBR,PPA,Non-contact,Lunch duty,Not working,-\n"));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        const auto at = [&](const char *p) {
            const TimetableEntry *e = find(*plan, s.ebr, 0, 1, s.period(QLatin1String(p)));
            return e ? e->activity : Activity::Free;
        };
        QCOMPARE(at("P1"), Activity::Ppa);
        QCOMPARE(at("P2"), Activity::NonContact);
        QCOMPARE(at("P3"), Activity::Duty);
        QCOMPARE(at("P4"), Activity::NotWorking);
        QCOMPARE(at("P5"), Activity::Free);

        // A part-time teacher's day off, in every lesson, is the whole day off.
        auto partTime = s.read(s.write(QStringLiteral("part-time.csv"),
                                       "Teacher,Fri:1,Fri:2,Fri:3,Fri:4,Fri:5,Thu:1\n"
                                       "PSI,N/W,N/W,N/W,N/W,N/W,7Y\n"));
        QVERIFY(partTime);
        const TimetableEntry *breakTime =
            find(*partTime, s.psi, 0, 5, s.period(QStringLiteral("Break")));
        QVERIFY(breakTime && breakTime->activity == Activity::NotWorking);
        QVERIFY(!find(*partTime, s.psi, 0, 4, s.period(QStringLiteral("Break"))));
    }

    void gridWorkbook()
    {
        School s;
        const QByteArray sheet =
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Staff timetables</t></is></c></row>"
            "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Staff</t></is></c>"
            "<c r=\"B3\" t=\"inlineStr\"><is><t>MonA:1</t></is></c>"
            "<c r=\"C3\" t=\"inlineStr\"><is><t>MonA:2</t></is></c>"
            "<c r=\"D3\" t=\"inlineStr\"><is><t>MonB:1</t></is></c></row>"
            "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>EBR</t></is></c>"
            "<c r=\"B4\" t=\"inlineStr\"><is><t>9X/En2</t></is></c>"
            "<c r=\"D4\" t=\"inlineStr\"><is><t>PPA</t></is></c></row>";
        const QString path =
            s.write(QStringLiteral("timetables.xlsx"),
                    XlsxBuilder::workbook({{QStringLiteral("Timetables"), sheet}}).bytes());
        auto plan = s.read(path);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->import.cycleWeeks, 2);
        QCOMPARE(find(*plan, s.ebr, 0, 1, s.period(QStringLiteral("P1")))->classLabel,
                 QStringLiteral("9X/En2"));
        QCOMPARE(find(*plan, s.ebr, 1, 1, s.period(QStringLiteral("P1")))->activity, Activity::Ppa);
    }

    void malformedFilesNameWhere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        QTest::newRow("XML cut short")
            << "cut_teachers.xml"
            << QByteArray("<?xml version=\"1.0\"?>\n<Teachers_Timetable>\n<Teacher name=\"A\">\n"
                          "<Day name=\"Monday\">\n")
            << "cut_teachers.xml, line 5";
        QTest::newRow("aSc card for no lesson")
            << "asc.xml"
            << QByteArray("<timetable ascttversion=\"2024\">\n<periods><period period=\"1\" "
                          "starttime=\"9:00\" endtime=\"10:00\"/></periods>\n<teachers/>\n"
                          "<lessons/>\n<cards>\n<card lessonid=\"L9\" period=\"1\" "
                          "days=\"10000\"/>\n</cards></timetable>\n")
            << "asc.xml, line 6: the card's lesson \"L9\"";
        QTest::newRow("FET hour not in the file")
            << "school.fet"
            << QByteArray("<fet>\n<Days_List><Day><Name>Monday</Name></Day></Days_List>\n"
                          "<Hours_List><Hour><Name>1</Name></Hour></Hours_List>\n"
                          "<Activities_List><Activity><Teacher>JHU</Teacher><Id>1</Id>"
                          "<Duration>1</Duration></Activity></Activities_List>\n"
                          "<Time_Constraints_List>\n<ConstraintActivityPreferredStartingTime>"
                          "<Weight_Percentage>100</Weight_Percentage><Activity_Id>1</Activity_Id>"
                          "<Preferred_Day>Monday</Preferred_Day><Preferred_Hour>7</Preferred_Hour>"
                          "</ConstraintActivityPreferredStartingTime>\n</Time_Constraints_List>"
                          "</fet>\n")
            << "school.fet, line 6: \"Monday\" at \"7\"";
        QTest::newRow("grid day unreadable")
            << "grid.csv" << QByteArray("Teacher,Day,Period,Class\nJHU,Mon,1,7X\nJHU,Mun,2,7Y\n")
            << "grid.csv, row 3, column Day: \"Mun\"";
        QTest::newRow("grid period unreadable")
            << "grid.csv" << QByteArray("Teacher,Period,Class\nJHU,Lunch-ish time!,7X\n")
            << "grid.csv, row 2, column Period";
        QTest::newRow("not a timetable")
            << "notes.xml" << QByteArray("<?xml version=\"1.0\"?>\n<notes/>\n")
            << "notes.xml, line 2: XML with the root <notes>";
    }
    void malformedFilesNameWhere()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        School s;
        auto plan = s.read(s.write(name, bytes));
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(where), qPrintable(plan.error().message));
        QVERIFY(!TimetableRepository(s.t.db()).hasEntries().value());
    }

    void schoolDayMadeFromTheFile()
    {
        School s(false);
        auto plan = s.read(fixture("asc-two-week.xml"));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QStringList made;
        for (const Period &p : plan->newSchoolDay)
            made.append(p.name + QLatin1Char(' ') + PeriodKinds::key(p.kind) + QLatin1Char(' ') +
                        p.start.toString(QStringLiteral("HH:mm")));
        QCOMPARE(made.join(QLatin1Char('|')),
                 QStringLiteral("Reg registration 08:40|P1 lesson 09:00|P2 lesson 10:00|"
                                "Break break 11:00|P3 lesson 11:20|Lunch lunch 12:20|"
                                "P4 lesson 13:00|P5 lesson 14:00"));
        QVERIFY(s.import(*plan));
        const SchoolDay day = SchoolDayRepository(s.t.db()).schoolDay().value();
        QCOMPARE(day.periods().size(), 8);
        const Timetable tt = TimetableRepository(s.t.db()).timetable().value();
        QCOMPARE(tt.activity(s.jhu, 0, 1, day.byName(QStringLiteral("P1"))->id),
                 Activity::Teaching);

        // Without times there is nothing to make a school day from.
        School bare(false);
        auto untimed = bare.read(bare.write(QStringLiteral("g.csv"), "Teacher,Mon:1,Mon:2,Mon:3\n"
                                                                     "JHU,7X,,\n"));
        QVERIFY(!untimed);
        QVERIFY(untimed.error().message.contains(QLatin1String("import the school day first")));
    }

    void allOrNothingIdempotentAndUndone()
    {
        School s;
        auto plan = s.read(fixture("fet-two-week_teachers.xml"));
        QVERIFY(plan);
        auto change = CalendarUseCases(s.t.workspace()).importTimetables(*plan);
        QVERIFY(change);
        QVERIFY(s.t.workspace().apply(**change));
        const auto saved = TimetableRepository(s.t.db()).timetable()->allEntries().size();
        QCOMPARE(saved, plan->import.entries.size());
        auto again = s.read(fixture("fet-two-week_teachers.xml"));
        QVERIFY(again);
        QCOMPARE(again->changedPeople, 0);
        QVERIFY(s.import(*again));
        QCOMPARE(TimetableRepository(s.t.db()).timetable()->allEntries().size(), saved);
        // Undo puts back what was there before: nothing.
        QVERIFY(s.t.workspace().revert(**change));
        QVERIFY(!TimetableRepository(s.t.db()).hasEntries().value());
    }

    void matchByHandIsRemembered()
    {
        School s;
        const qint64 cover = s.add(QStringLiteral("ZQU"), QStringLiteral("Mr"),
                                   QStringLiteral("Zachary"), QStringLiteral("Quinn-Jones"));
        TimetableReadOptions options;
        options.byHand.insert(QStringLiteral("Zed Quinn"), cover);
        auto plan = s.read(fixture("fet-two-week_teachers.xml"), options);
        QVERIFY(plan);
        QCOMPARE(teacher(*plan, QStringLiteral("Zed Quinn"))->how, TeacherMatch::How::ByHand);
        QCOMPARE(plan->matchedCount(), 4);
        auto change = CalendarUseCases(s.t.workspace()).importTimetables(*plan);
        QVERIFY(change && s.t.workspace().apply(**change));

        auto next = s.read(fixture("fet-two-week_teachers.xml"));
        QVERIFY(next);
        QCOMPARE(teacher(*next, QStringLiteral("Zed Quinn"))->how, TeacherMatch::How::Remembered);
        QCOMPARE(teacher(*next, QStringLiteral("Zed Quinn"))->personId, cover);

        // Undo forgets the match too.
        QVERIFY(s.t.workspace().revert(**change));
        auto after = s.read(fixture("fet-two-week_teachers.xml"));
        QCOMPARE(teacher(*after, QStringLiteral("Zed Quinn"))->personId, 0);

        // By code only, the FET teacher known by name is not matched.
        TimetableReadOptions byCode;
        byCode.by = MatchBy::Code;
        auto codes = s.read(fixture("fet-two-week_teachers.xml"), byCode);
        QCOMPARE(teacher(*codes, QStringLiteral("Priya Singh"))->personId, 0);
    }

    void formatForcedMustFit()
    {
        auto r = TimetableFileReader::read(QByteArray("Teacher,Mon:1\nJHU,7X\n"),
                                           QStringLiteral("t.csv"), QStringLiteral("fet"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("not XML")));
    }
};

QTEST_GUILESS_MAIN(TestTimetableFormats)
#include "tst_timetableformats.moc"
