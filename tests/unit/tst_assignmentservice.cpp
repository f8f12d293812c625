#include "TestDatabase.h"
#include "services/AssignmentService.h"
#include "services/InductionService.h"
#include "services/PlacementService.h"
#include "storage/AssignmentRepository.h"
#include "storage/MentorTrainingRepository.h"
#include "storage/RoleRepository.h"

#include <QTest>

using namespace idesk;

class TestAssignmentService : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDate(2026, 11, 23)};

    qint64 ectWithInduction(TestDatabase &t, const QString &code)
    {
        const qint64 id = t.addPerson(code);
        InductionRequest r;
        r.personId = id;
        r.start = QDate(2026, 9, 1);
        auto i = InductionService(t.db()).start(r);
        if (!i)
            qFatal("%s", qPrintable(i.error().message));
        return id;
    }

    static AssignmentRequest ectPairing(qint64 mentor, qint64 mentee, QDate from)
    {
        AssignmentRequest r;
        r.kind = PairingKind::Ect;
        r.mentorId = mentor;
        r.menteeId = mentee;
        r.period = {from, {}};
        return r;
    }

private slots:
    void assigningGrantsTheRoleAndStartsTraining()
    {
        TestDatabase t;
        const qint64 ect = ectWithInduction(t, QStringLiteral("ECT"));
        const qint64 mentor = t.addPerson(QStringLiteral("MEN"));
        AssignmentService service(t.db(), m_clock);
        auto outcome = service.assign(ectPairing(mentor, ect, QDate(2026, 9, 1)));
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QVERIFY(*RoleRepository(t.db()).holds(mentor, Role::EctMentor, QDate(2026, 9, 1)));
        auto training = MentorTrainingRepository(t.db()).forMentor(mentor);
        QCOMPARE(training->size(), 1);
        QCOMPARE(training->first().start, QDate(2026, 9, 1));
    }

    void warnedPairingNeedsAcknowledgementWhichIsRecorded()
    {
        TestDatabase t;
        const qint64 ect = ectWithInduction(t, QStringLiteral("ECT"));
        const qint64 mentor = t.addPerson(QStringLiteral("NOQ"), /*qts*/ false);
        AssignmentService service(t.db(), m_clock);
        AssignmentRequest r = ectPairing(mentor, ect, QDate(2026, 9, 1));
        auto refused = service.assign(r);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("no-qts")));
        QCOMPARE(AssignmentRepository(t.db()).all()->size(), 0);
        QVERIFY(!*RoleRepository(t.db()).holds(mentor, Role::EctMentor, QDate(2026, 9, 1)));

        r.acknowledged = {AssignmentWarning::NoQts};
        auto saved = service.assign(r);
        QVERIFY(saved.ok());
        auto stored = AssignmentRepository(t.db()).byId(saved->assignment.id);
        QCOMPARE(stored->acknowledged, QList<AssignmentWarning>{AssignmentWarning::NoQts});
        const auto on = t.db().scalar(QStringLiteral("SELECT acknowledged_on FROM"
                                                     " assignment_acknowledgement"));
        QCOMPARE(on->toString(), QStringLiteral("2026-11-23"));
    }

    void capacityCountsOtherMenteesOnTheStartDate()
    {
        TestDatabase t;
        const qint64 mentor = t.addPerson(QStringLiteral("MEN"));
        AssignmentService service(t.db(), m_clock);
        for (const auto &code : {QStringLiteral("E1"), QStringLiteral("E2")})
            QVERIFY(service.assign(ectPairing(mentor, ectWithInduction(t, code), QDate(2026, 9, 1)))
                        .ok());
        auto third = service.preview(
            ectPairing(mentor, ectWithInduction(t, QStringLiteral("E3")), QDate(2026, 9, 1)));
        QVERIFY(third.ok());
        QCOMPARE(third->unacknowledged(), QList<AssignmentWarning>{AssignmentWarning::Capacity});
    }

    void replacingKeepsHistoryAndRestartsTraining()
    {
        TestDatabase t;
        const qint64 mentee = ectWithInduction(t, QStringLiteral("ECT"));
        const qint64 first = t.addPerson(QStringLiteral("OLD"));
        const qint64 second = t.addPerson(QStringLiteral("NEW"));
        AssignmentService service(t.db(), m_clock);
        // The new mentor trained before, years ago: replacing restarts it.
        MentorTraining earlier{0, second, TrainingProgramme::EctMentor, QDate(2022, 9, 1), 0, {}};
        QVERIFY(MentorTrainingRepository(t.db()).insert(earlier).ok());

        auto a = service.assign(ectPairing(first, mentee, QDate(2026, 9, 1)));
        QVERIFY(a.ok());
        AssignmentRequest r = ectPairing(second, mentee, QDate(2027, 1, 4));
        r.replacingId = a->assignment.id;
        r.replacementReason = QStringLiteral("Mentor on long-term leave");
        auto b = service.assign(r);
        QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));

        auto history = AssignmentRepository(t.db()).forMentee(mentee);
        QCOMPARE(history->size(), 2);
        const MentorAssignment &old = history->at(0);
        QCOMPARE(old.mentorId, first);
        QCOMPARE(old.period.to, QDate(2027, 1, 3));
        QCOMPARE(old.replacedBy, b->assignment.id);
        QCOMPARE(old.endReason, QStringLiteral("Mentor on long-term leave"));
        QVERIFY(history->at(1).period.isOpenEnded());

        auto training = MentorTrainingRepository(t.db()).forMentor(second);
        QCOMPARE(training->size(), 2);
        QCOMPARE(training->last().start, QDate(2027, 1, 4));
        QVERIFY(training->last().reason.contains(QStringLiteral("from the beginning")));

        // Undo puts everything back as it was.
        QVERIFY(service.undo(*b).ok());
        history = AssignmentRepository(t.db()).forMentee(mentee);
        QCOMPARE(history->size(), 1);
        QVERIFY(history->first().period.isOpenEnded());
        QCOMPARE(MentorTrainingRepository(t.db()).forMentor(second)->size(), 1);
    }

    void secondPairingWithoutReplacingIsRefused()
    {
        TestDatabase t;
        const qint64 mentee = ectWithInduction(t, QStringLiteral("ECT"));
        AssignmentService service(t.db(), m_clock);
        QVERIFY(
            service.assign(ectPairing(t.addPerson(QStringLiteral("M1")), mentee, QDate(2026, 9, 1)))
                .ok());
        auto second = service.assign(
            ectPairing(t.addPerson(QStringLiteral("M2")), mentee, QDate(2026, 10, 1)));
        QVERIFY(!second.ok());
        QVERIFY(second.error().message.contains(QStringLiteral("replace")));
    }

    void ittPairingEndsWithThePlacement()
    {
        TestDatabase t;
        const qint64 trainee = t.addPerson(QStringLiteral("TRN"), false);
        const qint64 mentor = t.addPerson(QStringLiteral("GEN"));
        Placement p{0, trainee, QStringLiteral("Uni"), {QDate(2026, 9, 28), QDate(2026, 12, 11)}};
        QVERIFY(PlacementService(t.db()).add(p).ok());
        QVERIFY(*RoleRepository(t.db()).holds(trainee, Role::Trainee, QDate(2026, 10, 1)));
        AssignmentRequest r;
        r.kind = PairingKind::Itt;
        r.mentorId = mentor;
        r.menteeId = trainee;
        r.period = {QDate(2026, 9, 28), {}};
        auto outcome = AssignmentService(t.db(), m_clock).assign(r);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->assignment.period.to, QDate(2026, 12, 11));
        QVERIFY(*RoleRepository(t.db()).holds(mentor, Role::IttGeneralMentor, QDate(2026, 9, 28)));
        r.period.from = QDate(2027, 1, 4); // after the placement: refused
        QVERIFY(!AssignmentService(t.db(), m_clock).assign(r).ok());
    }
};

QTEST_GUILESS_MAIN(TestAssignmentService)
#include "tst_assignmentservice.moc"
