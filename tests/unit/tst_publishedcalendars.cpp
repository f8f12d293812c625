#include "calendar/BankHolidaysFile.h"
#include "calendar/TermDatesInterpreter.h"
#include "io/IcsReader.h"

#include <QTest>

using namespace idesk;

// Calendars in the shapes and wordings councils, trusts and schools publish
// (tests/fixtures/ics): each is read whole, or refused whole with the line.
namespace {
Result<TermDatesReading> readFixture(const QString &name)
{
    auto events = IcsReader::readFile(QStringLiteral(FIXTURES_DIR "/ics/") + name);
    if (!events)
        return events.error();
    return TermDatesInterpreter::interpret(*events, name, BankHolidaysFile::shipped());
}

const Closure *closureOn(const CalendarYearDraft &year, QDate day)
{
    for (const auto &c : year.closures) {
        if (c.period.contains(day))
            return &c;
    }
    return nullptr;
}
} // namespace

class TestPublishedCalendars : public QObject
{
    Q_OBJECT
private slots:
    void readsEachShape_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QDate>("autumnFrom");
        QTest::addColumn<QDate>("springFrom");
        QTest::addColumn<QDate>("summerTo");
        QTest::addColumn<QDate>("halfTermDay"); // a closure must cover it
        QTest::addColumn<bool>("inferred");     // said to be worked out
        // "Summer Term starts" ... "Summer term last teaching day".
        QTest::newRow("last teaching day")
            << "primary-last-teaching-day.ics" << QDate(2026, 9, 2) << QDate(2027, 1, 4)
            << QDate(2027, 7, 21) << QDate(2027, 6, 2) << false;
        // "pupils resume", "All resume", "break up": half terms between them.
        QTest::newRow("pupils resume")
            << "pupils-resume.ics" << QDate(2026, 9, 2) << QDate(2027, 1, 5) << QDate(2027, 7, 21)
            << QDate(2027, 2, 17) << false;
        // Every school day an event of its own.
        QTest::newRow("per school day")
            << "council-school-days.ics" << QDate(2026, 9, 2) << QDate(2027, 1, 4)
            << QDate(2027, 7, 21) << QDate(2026, 10, 28) << true;
        // Only the holidays: the terms are the open weeks between them.
        QTest::newRow("holidays only")
            << "council-holidays-only.ics" << QDate(2026, 9, 2) << QDate(2027, 1, 4)
            << QDate(2027, 7, 21) << QDate(2027, 2, 17) << true;
        // One event per week ("Week A"/"Week B" on Mondays): whole weeks.
        QTest::newRow("per week") << "timetable-weeks.ics" << QDate(2026, 8, 31)
                                  << QDate(2027, 1, 4) << QDate(2027, 7, 23) << QDate(2027, 2, 17)
                                  << true;
        // A Scottish council: an August start, "Schools re-open", "Schools close
        // for Christmas", a one-day "September weekend holiday".
        QTest::newRow("Scottish August start")
            << "scottish-august-start.ics" << QDate(2026, 8, 18) << QDate(2027, 1, 6)
            << QDate(2027, 6, 25) << QDate(2026, 10, 14) << false;
        // Three VCALENDARs in one file, a term in each.
        QTest::newRow("several calendars")
            << "several-calendars.ics" << QDate(2026, 9, 2) << QDate(2027, 1, 4)
            << QDate(2027, 7, 21) << QDate(2027, 6, 2) << false;
    }
    void readsEachShape()
    {
        QFETCH(QString, file);
        QFETCH(QDate, autumnFrom);
        QFETCH(QDate, springFrom);
        QFETCH(QDate, summerTo);
        QFETCH(QDate, halfTermDay);
        QFETCH(bool, inferred);
        const auto r = readFixture(file);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->years.size(), 1);
        const CalendarYearDraft &y = r->years.first();
        QCOMPARE(y.academicYear, QStringLiteral("2026-27"));
        QCOMPARE(y.terms.size(), 3);
        QCOMPARE(y.terms.at(0).kind, TermKind::Autumn);
        QCOMPARE(y.terms.at(0).period.from, autumnFrom);
        QCOMPARE(y.terms.at(1).kind, TermKind::Spring);
        QCOMPARE(y.terms.at(1).period.from, springFrom);
        QCOMPARE(y.terms.at(2).kind, TermKind::Summer);
        QCOMPARE(y.terms.at(2).period.to, summerTo);
        QVERIFY2(closureOn(y, halfTermDay), qPrintable(halfTermDay.toString()));
        QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(QLatin1Char('\n'))));
        const bool saysInferred =
            r->notes.join(QLatin1Char(' ')).contains(QLatin1String("the terms were inferred"));
        QCOMPARE(saysInferred, inferred);
    }

    void insetInItsManyNames_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::newRow("INSET") << "INSET day";
        QTest::newRow("In-service") << "In-service day";
        QTest::newRow("Inservice") << "Inservice Training";
        QTest::newRow("training day") << "Staff training day";
        QTest::newRow("PD day") << "PD Day";
        QTest::newRow("staff development") << "Staff Development Day";
        QTest::newRow("closed to pupils") << "School closed to pupils";
        QTest::newRow("teacher day") << "Teacher Day";
    }
    void insetInItsManyNames()
    {
        QFETCH(QString, summary);
        const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                               "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260902\r\nDTEND;VALUE=DATE:"
                               "20261219\r\nSUMMARY:Autumn term\r\nEND:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261106\r\nSUMMARY:" +
                               summary.toUtf8() + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        auto events = IcsReader::read(ics, QStringLiteral("x.ics"));
        QVERIFY(events);
        auto r = TermDatesInterpreter::interpret(*events, QStringLiteral("x.ics"));
        QVERIFY(r);
        const Closure *c = closureOn(r->years.first(), QDate(2026, 11, 6));
        QVERIFY(c);
        QCOMPARE(c->kind, ClosureKind::Inset);
    }

    void termWordings_data()
    {
        QTest::addColumn<QString>("starts");
        QTest::addColumn<QString>("ends");
        QTest::newRow("starts/ends") << "Spring term starts"
                                     << "Spring term ends";
        QTest::newRow("begins/finishes") << "Spring Term begins"
                                         << "Spring Term finishes";
        QTest::newRow("first/last day") << "First day of spring term"
                                        << "Last day of spring term";
        QTest::newRow("return/break up") << "Pupils return"
                                         << "School breaks up";
        QTest::newRow("resume/last teaching day") << "All resume"
                                                  << "Last teaching day";
        QTest::newRow("opens/closes") << "School opens for spring term"
                                      << "School closes for Easter";
        QTest::newRow("re-open/close") << "Schools re-open"
                                       << "Schools close for Easter";
        QTest::newRow("first day back/last day before") << "First day back after Christmas"
                                                        << "Last day before Easter";
    }
    void termWordings()
    {
        QFETCH(QString, starts);
        QFETCH(QString, ends);
        const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                               "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270104\r\nSUMMARY:" +
                               starts.toUtf8() +
                               "\r\nEND:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270325\r\nSUMMARY:" +
                               ends.toUtf8() + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        auto events = IcsReader::read(ics, QStringLiteral("x.ics"));
        QVERIFY(events);
        auto r = TermDatesInterpreter::interpret(*events, QStringLiteral("x.ics"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->years.first().terms.size(), 1);
        const Term &t = r->years.first().terms.first();
        QCOMPARE(t.kind, TermKind::Spring);
        QCOMPARE(t.period, DateRange({QDate(2027, 1, 4), QDate(2027, 3, 25)}));
        // One term of three: a warning, never a silent short year.
        QVERIFY(r->warnings.join(QLatin1Char(' ')).contains(QLatin1String("only 1 term")));
    }

    void suspiciousTermsAreWarned()
    {
        const auto r = readFixture(QStringLiteral("university-terms.ics"));
        QVERIFY(r);
        QCOMPARE(r->years.first().terms.size(), 3);
        QCOMPARE(r->warnings.size(), 1);
        QVERIFY2(r->warnings.first().contains(QLatin1String("summer term")) &&
                     r->warnings.first().contains(QLatin1String("37 school day")),
                 qPrintable(r->warnings.first()));
    }

    void refusedWholeWithTheLine_data()
    {
        QTest::addColumn<QByteArray>("ics");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QFile overlap(QStringLiteral(FIXTURES_DIR "/ics/overlapping-terms.ics"));
        QVERIFY(overlap.open(QIODevice::ReadOnly));
        QTest::newRow("overlap") << overlap.readAll()
                                 << "x.ics, line 20: the spring term (04/11/2026 to 25/03/2027) "
                                    "overlaps the autumn term"
                                 << 20;
        QTest::newRow("cut short")
            << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                          "DTSTART;VALUE=DATE:20260902\r\nSUMMARY:Autumn")
            << "x.ics, line 3: BEGIN:VEVENT is never closed" << 3;
        QTest::newRow("stray end") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VEVENT\r\n"
                                                 "END:VCALENDAR\r\n")
                                   << "x.ics, line 3: END:VEVENT where END:VCALENDAR" << 3;
        QTest::newRow("ends before it starts")
            << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:"
                          "20261218\r\nSUMMARY:Autumn term starts\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
                          "DTSTART;VALUE=DATE:20260902\r\nSUMMARY:Autumn term ends\r\nEND:VEVENT"
                          "\r\nEND:VCALENDAR\r\n")
            << "x.ics, line 7: the autumn term of 2026-27 ends on 02/09/2026" << 7;
    }
    void refusedWholeWithTheLine()
    {
        QFETCH(QByteArray, ics);
        QFETCH(QString, message);
        QFETCH(int, line);
        auto events = IcsReader::read(ics, QStringLiteral("x.ics"));
        Error error;
        if (!events) {
            error = events.error();
        } else {
            auto r = TermDatesInterpreter::interpret(*events, QStringLiteral("x.ics"));
            QVERIFY(!r);
            error = r.error();
        }
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
        QCOMPARE(error.located.size(), 1);
        QCOMPARE(error.located.first().place.file, QStringLiteral("x.ics"));
        QCOMPARE(error.located.first().place.line, line);
    }
};

QTEST_GUILESS_MAIN(TestPublishedCalendars)
#include "tst_publishedcalendars.moc"
