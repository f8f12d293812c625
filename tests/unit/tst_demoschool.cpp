#include "TestDatabase.h"
#include "calendar/BankHolidaysFile.h"
#include "demo/DemoSamples.h"
#include "demo/DemoSchool.h"
#include "services/StaffImportService.h"
#include "services/TermDatesService.h"
#include "services/TimetableService.h"
#include "storage/AssignmentRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/InductionRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/SchoolTimeLoader.h"
#include "storage/TimetableRepository.h"
#include "util/Dates.h"

#include <QTest>

using namespace idesk;

class TestDemoSchool : public QObject
{
    Q_OBJECT
private slots:
    void demoHasWhatTheIssueAsksFor_data()
    {
        QTest::addColumn<QDate>("today");
        // clang-format off
        QTest::newRow("autumn 2026") << QDate(2026, 11, 23);
        QTest::newRow("summer 2027") << QDate(2027, 6, 14);
        QTest::newRow("autumn 2031") << QDate(2031, 10, 1);
        // clang-format on
    }
    void demoHasWhatTheIssueAsksFor()
    {
        QFETCH(QDate, today);
        TestDatabase t;
        FixedClock clock(today);
        const Status s = DemoSchool::populate(t.db(), clock);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));

        QCOMPARE(SchoolRepository(t.db()).school()->urn.size(), 6);
        const int staff = *PersonRepository(t.db()).count();
        QVERIFY(staff >= 35 && staff <= 45);

        const QDate yearStart = QDate(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1);
        auto inductions = InductionRepository(t.db()).all();
        int active = 0, yearOne = 0, yearTwo = 0, partTime = 0;
        for (const auto &i : *inductions) {
            if (!i.isActiveOn(yearStart))
                continue;
            ++active;
            (i.start == yearStart ? yearOne : yearTwo)++;
            partTime += i.fte < 1.0 ? 1 : 0;
        }
        QCOMPARE(active, 4);
        QVERIFY(yearOne >= 1 && yearTwo >= 1);
        QCOMPARE(partTime, 1);
        QCOMPARE(PlacementRepository(t.db()).all()->size(), 2);

        auto held = RoleRepository(t.db()).heldOn(yearStart.addDays(70));
        QMap<Role, int> holders;
        for (const auto &roles : std::as_const(*held)) {
            for (const auto r : roles)
                holders[r]++;
        }
        QCOMPARE(holders.value(Role::InductionTutor), 1);
        QCOMPARE(holders.value(Role::IttLeadMentor), 1);
        QCOMPARE(holders.value(Role::Headteacher), 1);
        QVERIFY(holders.value(Role::EctMentor) >= 3);

        // Every ECT has a mentor on the first day of this year, and the
        // replaced mentor stays in the history.
        auto pairings = AssignmentRepository(t.db()).all();
        int currentEct = 0, replaced = 0;
        for (const auto &p : *pairings) {
            currentEct += p.kind == PairingKind::Ect && p.period.contains(yearStart) ? 1 : 0;
            replaced += p.replacedBy > 0 ? 1 : 0;
        }
        QCOMPARE(currentEct, 4);
        QCOMPARE(replaced, 1);

        // The school's time: three terms of about 190 days, a day of lessons,
        // contracted time, two-week timetables, part-time working days.
        auto time = SchoolTimeLoader::load(t.db());
        QVERIFY(time);
        const QList<Term> terms = time->calendar().termsOf(Dates::academicYearLabel(today));
        QCOMPARE(terms.size(), 3);
        int days = 0;
        for (const auto &term : terms)
            days += time->calendar().schoolDayCount(term);
        QVERIFY2(days >= 185 && days <= 195, qPrintable(QString::number(days)));
        QCOMPARE(time->schoolDay().lessons().size(), 5);
        QCOMPARE(time->timetable().cycleWeeks(), 2);
        const auto byCode = [&](const char *code) {
            return PersonRepository(t.db()).byStaffCode(QLatin1String(code))->value().id;
        };
        const qint64 psi = byCode("PSI");
        const QDate aThursday = terms.at(1).period.from.addDays(
            14 + 4 - terms.at(1).period.from.addDays(14).dayOfWeek());
        QCOMPARE(aThursday.dayOfWeek(), 4);
        QVERIFY(!time->isWorkingSchoolDay(psi, aThursday));
        QVERIFY(time->isWorkingSchoolDay(byCode("EBR"), aThursday) ==
                time->calendar().isOpen(aThursday));
        for (const auto &[mentor, mentee] : {std::pair{"JHU", "EBR"}, std::pair{"ROB", "AMU"},
                                             std::pair{"TNG", "LCH"}, std::pair{"TNG", "PSI"}}) {
            // Every pairing shares a free lesson in week A and in week B.
            for (const Term &term : terms) {
                const QList<QDate> weeks = time->calendar().schoolWeeks(term.period);
                QSet<QChar> labels;
                for (const QDate &monday : weeks) {
                    if (time->calendar().openDays({monday, monday.addDays(4)}).size() < 5)
                        continue;
                    labels.insert(time->weekLabel(monday));
                    QVERIFY2(
                        !time->sharedFreePeriods(byCode(mentor), byCode(mentee), monday).isEmpty(),
                        qPrintable(QStringLiteral("%1/%2 %3")
                                       .arg(QLatin1String(mentor), QLatin1String(mentee),
                                            Dates::uk(monday))));
                }
                QCOMPARE(labels.size(), 2);
            }
        }
    }

    void sampleFilesShowEachImport()
    {
        TestDatabase t;
        FixedClock clock(QDate(2026, 11, 23));
        QVERIFY(DemoSchool::populate(t.db(), clock));
        auto files = DemoSamples::write(t.db(), t.folder() + QStringLiteral("/samples"), clock);
        QVERIFY2(files, files ? "" : qPrintable(files.error().message));
        QCOMPARE(files->size(), 6);

        auto table = StaffImportService::load(files->at(0));
        QVERIFY(table);
        StaffImportService staff(t.db(), clock);
        auto plan = staff.prepare(*table, *staff.columnsFor(*table));
        QVERIFY(plan && plan->ok());
        QCOMPARE(plan->count(StaffChange::New), 1);
        QCOMPARE(plan->count(StaffChange::Updated), 2);
        QCOMPARE(plan->missing.size(), 1);

        auto terms = TermDatesService::readIcs(files->at(1), BankHolidaysFile::shipped());
        QVERIFY(terms);
        QCOMPARE(terms->years.size(), 1);
        const QList<Term> held = CalendarRepository(t.db()).terms().value();
        QCOMPARE(terms->years.first().terms.size(), held.size());
        for (qsizetype i = 0; i < held.size(); ++i)
            QCOMPARE(terms->years.first().terms.at(i).period, held.at(i).period);

        auto timetable = TimetableService(t.db()).read(files->at(2), {});
        QVERIFY2(timetable, timetable ? "" : qPrintable(timetable.error().message));
        QCOMPARE(timetable->import.people, 2);
        QCOMPARE(timetable->import.cycleWeeks, 2);
        QCOMPARE(timetable->changedPeople, 0); // the demo's own timetables, unchanged

        // Everyone's timetable as FET, aSc and an MIS grid export it: every
        // teacher matched (and the grid's new starter not yet), every lesson
        // as held.
        for (int i = 3; i < 6; ++i) {
            auto exported = TimetableService(t.db()).read(files->at(i), {});
            QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
            QCOMPARE(exported->import.cycleWeeks, 2);
            QCOMPARE(exported->matchedCount(), exported->import.people);
            QVERIFY(exported->import.people > 30);
            QCOMPARE(exported->unmatched().size(), i == 5 ? 1 : 0);
            const Timetable current = TimetableRepository(t.db()).timetable().value();
            int teaching = 0, same = 0;
            for (const TimetableEntry &e : exported->import.entries) {
                if (e.activity != Activity::Teaching)
                    continue;
                ++teaching;
                const TimetableEntry *h = current.entry(e.personId, e.week, e.weekday, e.periodId);
                same += h && h->activity == Activity::Teaching && h->classLabel == e.classLabel;
            }
            QVERIFY(teaching > 500);
            QCOMPARE(same, teaching);
        }
    }

    void demoRefusesANonEmptyDatabase()
    {
        TestDatabase t;
        t.addPerson(QStringLiteral("ONE"));
        const Status s = DemoSchool::populate(t.db());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Refused);
        QCOMPARE(*PersonRepository(t.db()).count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoSchool)
#include "tst_demoschool.moc"
