#include "calendar/BankHolidaysFile.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/TermDatesInterpreter.h"
#include "io/IcsReader.h"
#include "io/IcsWriter.h"

#include <QTest>

using namespace idesk;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(FIXTURES_DIR "/ics/") + QLatin1String(name);
}

TermDatesReading readFixture(const char *name)
{
    auto events = IcsReader::readFile(fixture(name));
    if (!events)
        qWarning() << events.error().message;
    if (!events)
        return {};
    auto reading = TermDatesInterpreter::interpret(*events, QLatin1String(name));
    if (!reading)
        qWarning() << reading.error().message;
    return reading.value_or({});
}

const Closure *closureOn(const CalendarYearDraft &year, QDate day)
{
    for (const auto &c : year.closures) {
        if (c.period.contains(day))
            return &c;
    }
    return nullptr;
}

QByteArray calendarWith(const QByteArray &events)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + events +
           "END:VCALENDAR\r\n";
}
} // namespace

class TestIcsCalendar : public QObject
{
    Q_OBJECT
private slots:
    void localAuthorityTerms_data()
    {
        QTest::addColumn<int>("term");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("schoolDays");
        // Markers ("starts", "begins", "last day of"), as local authorities publish them.
        QTest::newRow("autumn") << 0 << QDate(2026, 9, 1) << QDate(2026, 12, 18) << 71;
        QTest::newRow("spring") << 1 << QDate(2027, 1, 4) << QDate(2027, 3, 25) << 54;
        QTest::newRow("summer") << 2 << QDate(2027, 4, 12) << QDate(2027, 7, 21) << 65;
    }
    void localAuthorityTerms()
    {
        QFETCH(int, term);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, schoolDays);
        const TermDatesReading r = readFixture("la-2026-27.ics");
        QCOMPARE(r.years.size(), 1);
        const CalendarYearDraft &y = r.years.first();
        QCOMPARE(y.academicYear, QStringLiteral("2026-27"));
        QCOMPARE(y.terms.size(), 3);
        QCOMPARE(y.terms.at(term).period.from, from);
        QCOMPARE(y.terms.at(term).period.to, to);
        const SchoolCalendar calendar(y.terms, y.closures, BankHolidaysFile::shipped());
        QCOMPARE(calendar.schoolDayCount(y.terms.at(term)), schoolDays);
    }

    void localAuthorityClosures_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("kind"); // empty: no closure that day
        QTest::newRow("all-day INSET") << QDate(2026, 9, 1) << "inset";
        QTest::newRow("first day for pupils") << QDate(2026, 9, 2) << "";
        QTest::newRow("timed INSET, London time") << QDate(2026, 10, 23) << "inset";
        QTest::newRow("half term, multi-day") << QDate(2026, 10, 30) << "half-term";
        QTest::newRow("after half term") << QDate(2026, 11, 2) << "";
        QTest::newRow("timed INSET in UTC, GMT") << QDate(2026, 12, 4) << "inset";
        QTest::newRow("Christmas, last day") << QDate(2027, 1, 1) << "holiday";
        QTest::newRow("Easter starts (UTC midnight)") << QDate(2027, 3, 26) << "holiday";
        QTest::newRow("Easter ends at BST midnight") << QDate(2027, 4, 11) << "holiday";
        QTest::newRow("summer term starts") << QDate(2027, 4, 12) << "";
        QTest::newRow("bank holiday") << QDate(2027, 5, 3) << "bank-holiday";
        QTest::newRow("day before UTC INSET in BST") << QDate(2027, 5, 27) << "";
        QTest::newRow("UTC INSET in BST") << QDate(2027, 5, 28) << "inset";
        QTest::newRow("folded INSET summary") << QDate(2027, 6, 7) << "inset";
    }
    void localAuthorityClosures()
    {
        QFETCH(QDate, day);
        QFETCH(QString, kind);
        const TermDatesReading r = readFixture("la-2026-27.ics");
        QCOMPARE(r.years.size(), 1);
        const Closure *c = closureOn(r.years.first(), day);
        QCOMPARE(c ? ClosureKinds::key(c->kind) : QString(), kind);
    }

    void foldedSummaryIsJoined()
    {
        const TermDatesReading r = readFixture("la-2026-27.ics");
        const Closure *c = closureOn(r.years.first(), QDate(2027, 6, 7));
        QVERIFY(c);
        QVERIFY2(c->name.endsWith(QLatin1String("staff development that the local authority has "
                                                "arranged")),
                 qPrintable(c->name));
    }

    void unrelatedAndRecurringEventsAreListedNotUsed()
    {
        const TermDatesReading r = readFixture("la-2026-27.ics");
        QCOMPARE(r.ignored.size(), 2);
        // In date order: the weekly briefing from September, then the evening.
        QVERIFY(r.ignored.at(0).contains(QLatin1String("Staff briefing")));
        QVERIFY(r.ignored.at(0).contains(QLatin1String("repeats")));
        QVERIFY(r.ignored.at(1).contains(QLatin1String("Parents' evening")));
        QVERIFY(r.ignored.at(1).contains(QLatin1String("la-2026-27.ics, line ")));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
    }

    void halvesOfTermsAreJoinedWithTheirHalfTerm()
    {
        const TermDatesReading r = readFixture("trust-halves.ics");
        QCOMPARE(r.years.size(), 1);
        const CalendarYearDraft &y = r.years.first();
        QCOMPARE(y.terms.size(), 3);
        // Autumn 1 starts at 00:00 UTC, which is 01:00 on 2 September in London.
        QCOMPARE(y.terms.at(0).period, (DateRange{QDate(2026, 9, 2), QDate(2026, 12, 18)}));
        // DTEND of an all-day event is the day after: 26 March means 25 March.
        QCOMPARE(y.terms.at(1).period, (DateRange{QDate(2027, 1, 5), QDate(2027, 3, 25)}));
        QCOMPARE(y.terms.at(2).period, (DateRange{QDate(2027, 4, 12), QDate(2027, 7, 21)}));
        const Closure *half = closureOn(y, QDate(2026, 10, 28));
        QVERIFY(half);
        QCOMPARE(half->kind, ClosureKind::HalfTerm);
        QCOMPARE(half->period, (DateRange{QDate(2026, 10, 24), QDate(2026, 11, 1)}));
        QVERIFY(closureOn(y, QDate(2027, 2, 17)));
        QVERIFY(closureOn(y, QDate(2027, 6, 2)));
        // "Teacher Day" before the term is an INSET day in the same academic year.
        QCOMPARE(closureOn(y, QDate(2026, 9, 1))->kind, ClosureKind::Inset);
    }

    void termEndInferredFromTheHoliday()
    {
        const QByteArray ics = calendarWith(
            "BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20260903\r\nSUMMARY:Term starts\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20261219\r\nDTEND;VALUE=DATE:20270104"
            "\r\nSUMMARY:Christmas Holiday\r\nEND:VEVENT\r\n");
        auto events = IcsReader::read(ics, QStringLiteral("x.ics"));
        QVERIFY(events);
        auto read = TermDatesInterpreter::interpret(*events, QStringLiteral("x.ics"));
        QVERIFY(read);
        const TermDatesReading r = *read;
        QCOMPARE(r.years.size(), 1);
        QCOMPARE(r.years.first().terms.size(), 1);
        QCOMPARE(r.years.first().terms.first().kind, TermKind::Autumn);
        // The holiday starts on a Saturday: the term ends on the Friday before.
        QCOMPARE(r.years.first().terms.first().period.to, QDate(2026, 12, 18));
        QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QLatin1String("18/12/2026")));
        // One term of three is a year to warn of.
        QVERIFY2(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("only 1 term")),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
    }

    // Every character of a name survives the file: long lines folded between
    // characters, never inside one; commas, semicolons and new lines escaped;
    // right-to-left letters, direction controls and emoji kept.
    void everyCharacterOfANameIsKept_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("override") << QStringLiteral("INSET \u202Eday\u202C for Siân");
        QTest::newRow("arabic") << QStringLiteral("يوم التدريب Training day");
        QTest::newRow("punctuation") << QStringLiteral("Closed; snow, ice\\ and \"frost\"");
        QTest::newRow("new line") << QStringLiteral("Closed\nfor the election");
        QString longName;
        for (int i = 0; i < 30; ++i)
            longName += QStringLiteral("é€😀");
        QTest::newRow("long, multi-byte") << longName;
    }

    void everyCharacterOfANameIsKept()
    {
        QFETCH(QString, name);
        Closure c;
        c.academicYear = QStringLiteral("2026-27");
        c.kind = ClosureKind::Other;
        c.name = name;
        c.period = {QDate(2026, 10, 2), QDate(2026, 10, 2)};
        const QByteArray written = IcsWriter::write(name, QStringLiteral("141372.urn"), {}, {c},
                                                    QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        for (const QByteArray &line : written.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
        QVERIFY(QString::fromUtf8(written).isValidUtf16());
        auto events = IcsReader::read(written, QStringLiteral("out.ics"));
        QVERIFY2(events, events ? "" : qPrintable(events.error().message));
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().summary, name);
        // The calendar's own name too (X-WR-CALNAME), unfolded.
        QByteArray unfolded = written;
        unfolded.replace("\r\n ", "");
        QVERIFY(unfolded.contains("X-WR-CALNAME:"));
    }

    void roundTripIsExact()
    {
        const TermDatesReading before = readFixture("la-2026-27.ics");
        QCOMPARE(before.years.size(), 1);
        const CalendarYearDraft &y = before.years.first();
        const QByteArray written =
            IcsWriter::write(QStringLiteral("Hollinsbrook Academy"), QStringLiteral("141372.urn"),
                             y.terms, y.closures, QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        QVERIFY(written.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(written.contains("X-INDUCTIONDESK-KIND:term:autumn"));
        auto events = IcsReader::read(written, QStringLiteral("out.ics"));
        QVERIFY2(events, events ? "" : qPrintable(events.error().message));
        auto read = TermDatesInterpreter::interpret(*events, QStringLiteral("o"));
        QVERIFY(read);
        const TermDatesReading after = *read;
        QCOMPARE(after.years.size(), 1);
        QVERIFY(after.ignored.isEmpty());
        const CalendarYearDraft &z = after.years.first();
        QCOMPARE(z.academicYear, y.academicYear);
        QCOMPARE(z.terms.size(), y.terms.size());
        for (qsizetype i = 0; i < y.terms.size(); ++i) {
            QCOMPARE(z.terms.at(i).kind, y.terms.at(i).kind);
            QCOMPARE(z.terms.at(i).period, y.terms.at(i).period);
        }
        QCOMPARE(z.closures.size(), y.closures.size());
        for (qsizetype i = 0; i < y.closures.size(); ++i) {
            QCOMPARE(z.closures.at(i).kind, y.closures.at(i).kind);
            QCOMPARE(z.closures.at(i).name, y.closures.at(i).name);
            QCOMPARE(z.closures.at(i).period, y.closures.at(i).period);
        }
    }

    void badFilesAreRefusedWithWhere_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << "not an iCalendar";
        QTest::newRow("empty") << QByteArray() << "not an iCalendar";
        QTest::newRow("csv") << QByteArray("Term,Start\nAutumn,01/09/2026\n") << "not an iCalendar";
        QTest::newRow("no start") << calendarWith("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:INSET day\r\n"
                                                  "END:VEVENT\r\n")
                                  << "bad.ics, line 4: the event \"INSET day\" has no start";
    }
    void badFilesAreRefusedWithWhere()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        auto events = IcsReader::read(data, QStringLiteral("bad.ics"));
        QVERIFY(!events);
        QVERIFY2(events.error().message.contains(message), qPrintable(events.error().message));
    }

    void oversizedFileIsRefusedBeforeParsing()
    {
        QByteArray big = "BEGIN:VCALENDAR\r\n";
        big.append(QByteArray(IcsReader::MaxBytes, 'x'));
        auto events = IcsReader::read(big, QStringLiteral("big.ics"));
        QVERIFY(!events);
        QVERIFY(events.error().message.contains(QLatin1String("big.ics: is too big")));
    }

    void closuresWithoutTermsAreNotAYear()
    {
        auto events =
            IcsReader::read(calendarWith("BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20261023\r\n"
                                         "SUMMARY:INSET\r\nEND:VEVENT\r\n"),
                            QStringLiteral("x.ics"));
        QVERIFY(events);
        const auto r = TermDatesInterpreter::interpret(*events, QStringLiteral("x.ics"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(QLatin1String("x.ics: no term dates were found")),
                 qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestIcsCalendar)
#include "tst_icscalendar.moc"
