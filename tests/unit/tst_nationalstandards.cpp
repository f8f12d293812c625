#include "development/NationalStandards.h"
#include "development/StandardsProfile.h"

#include <QTest>

using namespace idesk;

// The standards are data: every item, with the published wording, comes from
// the shipped resource; a malformed file is refused with a message.
class TestNationalStandards : public QObject
{
    Q_OBJECT
private slots:
    void fourStandardsOfFiveNineFiveAndTwoItems()
    {
        const NationalStandards &s = NationalStandards::shipped();
        QCOMPARE(s.standards().size(), 4);
        QList<int> sizes;
        for (const Standard &standard : s.standards())
            sizes.append(int(standard.items.size()));
        QCOMPARE(sizes, (QList<int>{5, 9, 5, 2}));
        QCOMPARE(s.items().size(), 21);
        QCOMPARE(s.standard(1)->title, QStringLiteral("Personal qualities"));
        QCOMPARE(s.standard(2)->title, QStringLiteral("Teaching"));
        QCOMPARE(s.standard(3)->title, QStringLiteral("Professionalism"));
        QCOMPARE(s.standard(4)->title,
                 QStringLiteral("Self-development and working in partnership"));
        QCOMPARE(s.meaning(StandardsRating::Green),
                 QStringLiteral("You are able to meet this expectation"));
        QCOMPARE(s.meaning(StandardsRating::Red),
                 QStringLiteral("You will not be able to meet this expectation without support."));
    }

    void itemWording_data()
    {
        QTest::addColumn<int>("standard");
        QTest::addColumn<QString>("text");
        QTest::newRow("1.1") << 1
                             << QStringLiteral(u"Be approachable, make time for the trainee, and "
                                               u"prioritise meetings and discussions with them;");
        QTest::newRow("1.2") << 1
                             << QStringLiteral(u"Use a range of effective interpersonal skills to "
                                               u"respond to the needs of the trainee;");
        QTest::newRow("1.3") << 1
                             << QStringLiteral(
                                    u"Offer support with integrity, honesty and respect;");
        QTest::newRow("1.4") << 1
                             << QStringLiteral(u"Use appropriate challenge to encourage the "
                                               u"trainee to reflect on their practice;");
        QTest::newRow("1.5")
            << 1
            << QStringLiteral(u"Support the improvement of a trainee\u2019s teaching by modelling "
                              u"exemplary practice in planning, teaching and assessment.");
        QTest::newRow("2.1")
            << 2
            << QStringLiteral(
                   u"Support the trainee in forming good relationships with pupils, and in "
                   u"developing effective behaviour and classroom management strategies;");
        QTest::newRow("2.2") << 2
                             << QStringLiteral(u"Support the trainee in developing effective "
                                               u"approaches to planning, teaching and assessment;");
        QTest::newRow("2.3") << 2
                             << QStringLiteral(
                                    u"Support the trainee with marking and assessment of pupil "
                                    u"work through moderation or double marking;");
        QTest::newRow("2.4")
            << 2
            << QStringLiteral(
                   u"Give constructive, clear and timely feedback on lesson observations;");
        QTest::newRow("2.5") << 2
                             << QStringLiteral(u"Broker opportunities to observe best practice;");
        QTest::newRow("2.6")
            << 2
            << QStringLiteral(
                   u"Support the trainee in accessing expert subject and pedagogical knowledge;");
        QTest::newRow("2.7") << 2
                             << QStringLiteral(
                                    u"Resolve in-school issues on the trainee\u2019s behalf where "
                                    u"they lack the confidence or experience to do so themselves;");
        QTest::newRow("2.8")
            << 2
            << QStringLiteral(
                   u"Enable and encourage the trainee to evaluate and improve their teaching;");
        QTest::newRow("2.9") << 2
                             << QStringLiteral(
                                    u"Enable the trainee to access, utilise and interpret robust "
                                    u"educational research to inform their teaching.");
        QTest::newRow("3.1") << 3
                             << QStringLiteral(
                                    u"Encourage the trainee to participate in the life of the "
                                    u"school and understand its role within the wider community;");
        QTest::newRow("3.2") << 3
                             << QStringLiteral(u"Support the trainee in developing the highest "
                                               u"standards of professional and personal conduct;");
        QTest::newRow("3.3") << 3
                             << QStringLiteral(
                                    u"Support the trainee in promoting equality and diversity;");
        QTest::newRow("3.4")
            << 3
            << QStringLiteral(
                   u"Ensure the trainee understands and complies with relevant legislation, "
                   u"including that related to the safeguarding of children");
        QTest::newRow("3.5")
            << 3
            << QStringLiteral(u"Support the trainee to develop skills to manage time effectively.");
        QTest::newRow("4.1") << 4
                             << QStringLiteral(u"Ensure consistency by working with other mentors "
                                               u"and partners to moderate judgements;");
        QTest::newRow("4.2") << 4
                             << QStringLiteral(
                                    u"Continue to develop their own mentoring practice and subject "
                                    u"and pedagogical expertise by accessing appropriate "
                                    u"professional development and engaging with robust research.");
    }
    void itemWording()
    {
        QFETCH(int, standard);
        QFETCH(QString, text);
        const StandardItem *item =
            NationalStandards::shipped().item(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(item);
        QCOMPARE(item->standard, standard);
        QCOMPARE(item->text, text);
    }

    void malformedFilesRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("offset");
        QTest::newRow("no standards")
            << QByteArray(R"({"standards": []})") << QStringLiteral("no standards");
        QTest::newRow("item of another standard")
            << QByteArray(
                   R"({"standards": [{"number": 1, "title": "A", "items": [{"item": "2.1", "text": "x"}]}]})")
            << QStringLiteral("2.1");
        QTest::newRow("item twice")
            << QByteArray(
                   R"({"standards": [{"number": 1, "title": "A", "items": [{"item": "1.1", "text": "x"}, {"item": "1.1", "text": "y"}]}]})")
            << QStringLiteral("twice");
        QTest::newRow("unknown rating")
            << QByteArray(R"({"ratings": [{"rating": "blue"}], "standards": []})")
            << QStringLiteral("blue");
    }
    void malformedFilesRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto parsed = NationalStandards::fromJson(json);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestNationalStandards)
#include "tst_nationalstandards.moc"
