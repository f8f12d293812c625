#include "rules/AssignmentChecker.h"

#include <QTest>

using namespace idesk;

namespace {
const QDate kFrom(2026, 9, 1);
}

class TestAssignmentChecker : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<int>("kind"); // 0 ect, 1 itt
        QTest::addColumn<bool>("selfMentoring");
        QTest::addColumn<bool>("menteeEligible");
        QTest::addColumn<bool>("mentorQts");
        QTest::addColumn<bool>("mentorIsTutor");
        QTest::addColumn<int>("otherMentees");
        QTest::addColumn<QDate>("mentorEmploymentEnd");
        QTest::addColumn<QDate>("menteeEmploymentStart");
        QTest::addColumn<QDate>("existingFrom"); // invalid: no existing pairing
        QTest::addColumn<bool>("replacingExisting");
        QTest::addColumn<QStringList>("acknowledged");
        QTest::addColumn<QString>("refusal"); // empty: not refused
        QTest::addColumn<QStringList>("warnings");
        QTest::addColumn<bool>("canSave");

        const QDate none;
        const QStringList noAck, noWarn;
        // kind self elig qts tutor others mEnd meStart exFrom repl ack refusal warnings canSave
        // clang-format off
        QTest::newRow("clean ECT pairing") << 0 << false << true << true << false << 0 << none << none << none << false << noAck << "" << noWarn << true;
        QTest::newRow("clean ITT pairing") << 1 << false << true << true << false << 0 << none << none << none << false << noAck << "" << noWarn << true;
        QTest::newRow("self-mentoring refused") << 0 << true << true << true << false << 0 << none << none << none << false << noAck << "cannot mentor themselves" << noWarn << false;
        QTest::newRow("no active induction refused") << 0 << false << false << true << false << 0 << none << none << none << false << noAck << "no active induction" << noWarn << false;
        QTest::newRow("no placement refused") << 1 << false << false << true << false << 0 << none << none << none << false << noAck << "no ITT placement" << noWarn << false;
        QTest::newRow("mentor left before the start") << 0 << false << true << true << false << 0 << QDate(2026, 8, 31) << none << none << false << noAck << "not employed" << noWarn << false;
        QTest::newRow("mentee not yet employed") << 0 << false << true << true << false << 0 << none << QDate(2026, 9, 2) << none << false << noAck << "not employed" << noWarn << false;
        QTest::newRow("overlapping ECT pairing refused") << 0 << false << true << true << false << 0 << none << none << QDate(2026, 1, 5) << false << noAck << "already has a mentor" << noWarn << false;
        QTest::newRow("replacing the current pairing") << 0 << false << true << true << false << 0 << none << none << QDate(2026, 1, 5) << true << noAck << "" << noWarn << true;
        QTest::newRow("replacing a pairing that starts on the same day") << 0 << false << true << true << false << 0 << none << none << kFrom << true << noAck << "must start after" << noWarn << false;
        QTest::newRow("no QTS warns") << 0 << false << true << false << false << 0 << none << none << none << false << noAck << "" << QStringList{QStringLiteral("no-qts")} << false;
        QTest::newRow("no QTS acknowledged") << 0 << false << true << false << false << 0 << none << none << none << false << QStringList{QStringLiteral("no-qts")} << QStringLiteral("") << QStringList{QStringLiteral("no-qts")} << true;
        QTest::newRow("induction tutor warns") << 0 << false << true << true << true << 0 << none << none << none << false << noAck << "" << QStringList{QStringLiteral("induction-tutor")} << false;
        QTest::newRow("induction tutor acknowledged") << 0 << false << true << true << true << 0 << none << none << none << false << QStringList{QStringLiteral("induction-tutor")} << QStringLiteral("") << QStringList{QStringLiteral("induction-tutor")} << true;
        QTest::newRow("tutor is no concern for ITT") << 1 << false << true << true << true << 0 << none << none << none << false << noAck << "" << noWarn << true;
        QTest::newRow("one under capacity") << 0 << false << true << true << false << 1 << none << none << none << false << noAck << "" << noWarn << true;
        QTest::newRow("at capacity warns") << 0 << false << true << true << false << 2 << none << none << none << false << noAck << "" << QStringList{QStringLiteral("capacity")} << false;
        QTest::newRow("capacity acknowledged") << 0 << false << true << true << false << 3 << none << none << none << false << QStringList{QStringLiteral("capacity")} << QStringLiteral("") << QStringList{QStringLiteral("capacity")} << true;
        QTest::newRow("all three warnings, two acknowledged") << 0 << false << true << false << true << 2 << none << none << none << false << QStringList{QStringLiteral("no-qts"), QStringLiteral("capacity")} << QStringLiteral("") << QStringList{QStringLiteral("no-qts"), QStringLiteral("induction-tutor"), QStringLiteral("capacity")} << false;
        QTest::newRow("acknowledging never lifts a refusal") << 0 << false << false << false << false << 0 << none << none << none << false << QStringList{QStringLiteral("no-qts")} << QStringLiteral("no active induction") << QStringList{QStringLiteral("no-qts")} << false;
        // clang-format on
    }

    void check()
    {
        QFETCH(int, kind);
        QFETCH(bool, selfMentoring);
        QFETCH(bool, menteeEligible);
        QFETCH(bool, mentorQts);
        QFETCH(bool, mentorIsTutor);
        QFETCH(int, otherMentees);
        QFETCH(QDate, mentorEmploymentEnd);
        QFETCH(QDate, menteeEmploymentStart);
        QFETCH(QDate, existingFrom);
        QFETCH(bool, replacingExisting);
        QFETCH(QStringList, acknowledged);
        QFETCH(QString, refusal);
        QFETCH(QStringList, warnings);
        QFETCH(bool, canSave);

        AssignmentRequest request;
        request.kind = kind == 0 ? PairingKind::Ect : PairingKind::Itt;
        request.mentorId = 1;
        request.menteeId = selfMentoring ? 1 : 2;
        request.period = {kFrom, {}};
        for (const auto &key : acknowledged)
            request.acknowledged.append(*AssignmentWarnings::fromKey(key));

        AssignmentFacts facts;
        facts.mentor.id = 1;
        facts.mentor.firstName = QStringLiteral("Maya");
        facts.mentor.lastName = QStringLiteral("Mentor");
        facts.mentor.qts = mentorQts;
        facts.mentor.employmentStart = QDate(2010, 9, 1);
        facts.mentor.employmentEnd = mentorEmploymentEnd;
        facts.mentee.id = request.menteeId;
        facts.mentee.firstName = QStringLiteral("Ed");
        facts.mentee.lastName = QStringLiteral("Mentee");
        facts.mentee.qts = true;
        facts.mentee.employmentStart = menteeEmploymentStart;
        facts.menteeEligible = menteeEligible;
        facts.mentorIsInductionTutor = mentorIsTutor;
        facts.mentorOtherMentees = otherMentees;
        facts.capacity = 2;
        if (existingFrom.isValid()) {
            MentorAssignment existing;
            existing.id = 77;
            existing.kind = request.kind;
            existing.mentorId = 3;
            existing.menteeId = 2;
            existing.period = {existingFrom, {}};
            facts.menteePairings.append(existing);
            if (replacingExisting)
                request.replacingId = 77;
        }

        const AssignmentCheck result = AssignmentChecker::check(request, facts);
        if (refusal.isEmpty()) {
            QVERIFY2(!result.isRefused(), qPrintable(result.refusals.join(QLatin1Char('|'))));
        } else {
            QVERIFY(result.isRefused());
            QVERIFY2(result.refusals.join(QLatin1Char('|')).contains(refusal),
                     qPrintable(result.refusals.join(QLatin1Char('|'))));
        }
        if (!selfMentoring) {
            QStringList got;
            for (const auto &w : result.warnings) {
                got.append(AssignmentWarnings::key(w.warning));
                QVERIFY(!w.message.isEmpty());
                QCOMPARE(w.acknowledged, acknowledged.contains(AssignmentWarnings::key(w.warning)));
            }
            QCOMPARE(got, warnings);
        }
        QCOMPARE(result.canSave(), canSave);
    }
};

QTEST_GUILESS_MAIN(TestAssignmentChecker)
#include "tst_assignmentchecker.moc"
