#include "TestDatabase.h"
#include "storage/AssignmentRepository.h"
#include "storage/InductionRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SchoolRepository.h"

#include <QTest>

using namespace idesk;

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void personRoundTripSurvivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("people.inductiondesk"));
        Person p;
        p.staffCode = QStringLiteral("JSM");
        p.title = QStringLiteral("Ms");
        p.firstName = QStringLiteral("Jane");
        p.lastName = QStringLiteral("Smith-O'Neill");
        p.trn = QStringLiteral("12 345"); // stored normalised
        p.email = QStringLiteral("j.smith@school.example");
        p.qts = true;
        p.qtsDate = QDate(2019, 7, 1);
        p.fte = 0.6;
        p.employmentStart = QDate(2020, 9, 1);
        p.employmentEnd = QDate(2027, 8, 31);
        qint64 id = 0;
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            auto r = PersonRepository(**db).insert(p);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            id = *r;
        }
        auto db = Database::openSqlite(path);
        QVERIFY(db.ok());
        auto back = PersonRepository(**db).byId(id);
        QVERIFY(back.ok());
        QCOMPARE(back->staffCode, p.staffCode);
        QCOMPARE(back->title, p.title);
        QCOMPARE(back->lastName, p.lastName);
        QCOMPARE(back->trn, QStringLiteral("0012345"));
        QCOMPARE(back->email, p.email);
        QCOMPARE(back->qts, true);
        QCOMPARE(back->qtsDate, p.qtsDate);
        QCOMPARE(back->fte, 0.6);
        QCOMPARE(back->workingPattern, WorkingPattern::PartTime); // follows from FTE < 1
        QCOMPARE(back->employmentStart, p.employmentStart);
        QCOMPARE(back->employmentEnd, p.employmentEnd);
    }

    void invalidPeopleAreRefusedWithTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        // clang-format off
        QTest::newRow("bad TRN") << "trn" << "12-34" << "TRN";
        QTest::newRow("bad email") << "email" << "jane.smith" << "email";
        QTest::newRow("no last name") << "last_name" << "" << "Last name";
        // clang-format on
    }
    void invalidPeopleAreRefusedWithTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        TestDatabase t;
        Person p;
        p.firstName = QStringLiteral("Jane");
        p.lastName = QStringLiteral("Smith");
        if (field == QLatin1String("trn"))
            p.trn = value;
        else if (field == QLatin1String("email"))
            p.email = value;
        else
            p.lastName = value;
        auto r = PersonRepository(t.db()).insert(p);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(*PersonRepository(t.db()).count(), 0);
    }

    void duplicateStaffCodeAndTrnAreRefused()
    {
        TestDatabase t;
        Person a;
        a.firstName = QStringLiteral("A");
        a.lastName = QStringLiteral("One");
        a.staffCode = QStringLiteral("ABC");
        a.trn = QStringLiteral("1234567");
        QVERIFY(PersonRepository(t.db()).insert(a).ok());
        Person b = a;
        b.trn.clear();
        b.staffCode = QStringLiteral("abc");
        auto r = PersonRepository(t.db()).insert(b);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("Staff code")));
        b.staffCode = QStringLiteral("XYZ");
        b.trn = QStringLiteral("1234567");
        r = PersonRepository(t.db()).insert(b);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("TRN")));
    }

    // An import writes many people in a few statements: each must read back
    // exactly as one inserted alone, quotes, NULLs and dates included.
    void insertAllStoresWhatInsertStores()
    {
        TestDatabase t;
        QList<Person> people;
        for (int i = 0; i < 600; ++i) { // more than one statement's worth
            Person p;
            p.staffCode = QStringLiteral("C%1").arg(i);
            p.firstName = QStringLiteral("Siân");
            p.lastName = i % 2 ? QStringLiteral("O'Brien-'Quote''") : QStringLiteral("Smith");
            p.title = i % 3 ? QString() : QStringLiteral("Dr");
            p.trn = i % 5 ? QStringLiteral("%1").arg(1000000 + i) : QString();
            p.email = QStringLiteral("p%1@school.example").arg(i);
            p.qts = i % 2;
            p.qtsDate = i % 4 ? QDate() : QDate(2020, 7, 1 + i % 28);
            p.fte = i % 7 ? 1.0 : 0.6;
            p.employmentStart = QDate(2019, 9, 1).addDays(i);
            p.jobTitle = QStringLiteral("Teacher; \"science\"");
            people.append(p);
        }
        Result<QList<qint64>> ids = Error::storage({});
        QVERIFY(t.db()
                    .write([&]() -> Status {
                        ids = PersonRepository(t.db()).insertAll(
                            people, [](qsizetype i) { return QStringLiteral("row %1").arg(i); });
                        return ids ? Status::success() : Status(ids.error());
                    })
                    .ok());
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), people.size());
        for (qsizetype i = 0; i < people.size(); ++i) {
            auto back = PersonRepository(t.db()).byId(ids->at(i));
            QVERIFY(back.ok());
            const Person &p = people.at(i);
            QCOMPARE(back->staffCode, p.staffCode);
            QCOMPARE(back->firstName, p.firstName);
            QCOMPARE(back->lastName, p.lastName);
            QCOMPARE(back->title, p.title);
            QCOMPARE(back->trn, p.trn);
            QCOMPARE(back->email, p.email);
            QCOMPARE(back->qts, p.qts || p.qtsDate.isValid());
            QCOMPARE(back->qtsDate, p.qtsDate);
            QCOMPARE(back->fte, p.fte);
            QCOMPARE(back->workingPattern,
                     p.fte < 1.0 ? WorkingPattern::PartTime : WorkingPattern::FullTime);
            QCOMPARE(back->employmentStart, p.employmentStart);
            QCOMPARE(back->employmentEnd, QDate());
            QCOMPARE(back->jobTitle, p.jobTitle);
        }
        // Empty optional text is stored as NULL, as insert() stores it.
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM person WHERE title IS NULL"))
                     ->toInt(),
                 400);
    }

    void insertAllRefusesDuplicatesNamingTheRow_data()
    {
        QTest::addColumn<bool>("againstStored");
        QTest::addColumn<QString>("field");
        // clang-format off
        QTest::newRow("code inside the batch") << false << "Staff code";
        QTest::newRow("TRN inside the batch") << false << "TRN";
        QTest::newRow("code already stored") << true << "Staff code";
        QTest::newRow("TRN already stored") << true << "TRN";
        // clang-format on
    }
    void insertAllRefusesDuplicatesNamingTheRow()
    {
        QFETCH(bool, againstStored);
        QFETCH(QString, field);
        TestDatabase t;
        Person a;
        a.firstName = QStringLiteral("Ann");
        a.lastName = QStringLiteral("First");
        a.staffCode = QStringLiteral("AF");
        a.trn = QStringLiteral("1234567");
        Person b = a;
        b.firstName = QStringLiteral("Bo");
        if (field == QLatin1String("TRN")) {
            b.staffCode = QStringLiteral("BF");
        } else {
            b.trn = QStringLiteral("7654321");
            b.staffCode = QStringLiteral("af"); // case is ignored
        }
        if (againstStored)
            QVERIFY(PersonRepository(t.db()).insert(a).ok());
        const int before = *PersonRepository(t.db()).count();
        QList<Person> batch{Person(a), b};
        if (againstStored) {
            batch.first().staffCode = QStringLiteral("ZZ");
            batch.first().trn = QStringLiteral("1111111");
        }
        Result<QList<qint64>> ids = Error::storage({});
        const Status s = t.db().write([&]() -> Status {
            ids = PersonRepository(t.db()).insertAll(
                batch, [](qsizetype i) { return QStringLiteral("list.csv, row %1").arg(i + 2); });
            return ids ? Status::success() : Status(ids.error());
        });
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.startsWith(QStringLiteral("list.csv, row 3: ") + field),
                 qPrintable(s.error().message));
        QCOMPARE(*PersonRepository(t.db()).count(), before); // nothing written
    }

    void failedWriteRollsBackEverything()
    {
        TestDatabase t;
        const Status s = t.db().write([&]() -> Status {
            t.addPerson(QStringLiteral("AAA"));
            t.addPerson(QStringLiteral("BBB"));
            return Error::refused(QStringLiteral("changed my mind"));
        });
        QVERIFY(!s.ok());
        QCOMPARE(*PersonRepository(t.db()).count(), 0);
        QVERIFY(!t.db().inTransaction());
    }

    void dryRunAnswersButWritesNothing()
    {
        TestDatabase t;
        const Status ok = t.db().dryRun([&]() -> Status {
            t.addPerson(QStringLiteral("TRY"));
            return Status::success();
        });
        QVERIFY(ok.ok());
        QCOMPARE(*PersonRepository(t.db()).count(), 0);
        Person bad;
        bad.firstName = QStringLiteral("No");
        const Status refused = t.db().dryRun([&]() -> Status {
            auto r = PersonRepository(t.db()).insert(bad);
            return r ? Status::success() : Status(r.error());
        });
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("Last name")));
        QVERIFY(!t.db().inTransaction());
    }

    void rolesOverTime()
    {
        TestDatabase t;
        const qint64 id = t.addPerson(QStringLiteral("RLS"));
        RoleRepository roles(t.db());
        QVERIFY(roles.add({0, id, Role::EctMentor, {QDate(2024, 9, 1), {}}}).ok());
        auto overlap = roles.add({0, id, Role::EctMentor, {QDate(2025, 9, 1), {}}});
        QVERIFY(!overlap.ok());
        QVERIFY(roles.end(id, Role::EctMentor, QDate(2025, 7, 31)).ok());
        QVERIFY(roles.add({0, id, Role::EctMentor, {QDate(2026, 9, 1), {}}}).ok());
        QCOMPARE(roles.forPerson(id)->size(), 2);
        QVERIFY(!*roles.holds(id, Role::EctMentor, QDate(2026, 1, 1)));
        QVERIFY(*roles.holds(id, Role::EctMentor, QDate(2026, 10, 1)));
        QCOMPARE(roles.heldOn(QDate(2026, 10, 1))->value(id), QList<Role>{Role::EctMentor});
    }

    void inductionPlacementAndPairingRoundTrip()
    {
        TestDatabase t;
        const qint64 ect = t.addPerson(QStringLiteral("ECT"));
        const qint64 mentor = t.addPerson(QStringLiteral("MEN"));
        Induction i;
        i.personId = ect;
        i.start = QDate(2026, 9, 1);
        i.fte = 0.5;
        i.route = ProgrammeRoute::SchoolLed;
        i.appropriateBody = QStringLiteral("AB");
        i.termsRequired = 6;
        auto iid = InductionRepository(t.db()).insert(i);
        QVERIFY(iid.ok());
        auto back = InductionRepository(t.db()).byId(*iid);
        QVERIFY(back.ok());
        QCOMPARE(back->route, ProgrammeRoute::SchoolLed);
        QCOMPARE(back->history.size(), 1);
        QCOMPARE(back->calendarTermsRemaining(), 12.0);

        Placement p{0, ect, QStringLiteral("Provider"), {QDate(2026, 9, 1), QDate(2026, 12, 1)}};
        QVERIFY(PlacementRepository(t.db()).insert(p).ok());
        QVERIFY(!PlacementRepository(t.db()).insert(p).ok()); // overlapping

        MentorAssignment a;
        a.mentorId = mentor;
        a.menteeId = ect;
        a.period = {QDate(2026, 9, 1), {}};
        a.acknowledged = {AssignmentWarning::NoQts, AssignmentWarning::Capacity};
        auto aid = AssignmentRepository(t.db()).insert(a, QDate(2026, 8, 30));
        QVERIFY(aid.ok());
        auto stored = AssignmentRepository(t.db()).byId(*aid);
        QVERIFY(stored.ok());
        QCOMPARE(stored->acknowledged, a.acknowledged);
        QVERIFY(AssignmentRepository(t.db())
                    .close(*aid, QDate(2027, 1, 1), 0, QStringLiteral("r"))
                    .ok());
        QCOMPARE(AssignmentRepository(t.db()).byId(*aid)->period.to, QDate(2027, 1, 1));
    }

    void schoolAndSettings()
    {
        TestDatabase t;
        SchoolRepository school(t.db());
        QVERIFY(!school.setSchool({QStringLiteral("12345"), QStringLiteral("Too short URN")}).ok());
        QVERIFY(school.setSchool({QStringLiteral("123456"), QStringLiteral("Good School")}).ok());
        QCOMPARE(school.school()->name, QStringLiteral("Good School"));
        QCOMPARE(school.mentorCapacity(QDate(2026, 9, 1)), 2); // rule set default
        QVERIFY(school.setSetting(QStringLiteral("mentor_capacity"), QStringLiteral("3")).ok());
        QCOMPARE(school.mentorCapacity(QDate(2026, 9, 1)), 3);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
