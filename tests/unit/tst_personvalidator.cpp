#include "domain/PersonValidator.h"

#include <QTest>

using namespace idesk;

class TestPersonValidator : public QObject
{
    Q_OBJECT
private slots:
    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("plausible");
        // clang-format off
        QTest::newRow("plain") << "a.smith@school.example" << true;
        QTest::newRow("subdomain") << "a@mail.trust.sch.uk" << true;
        QTest::newRow("plus") << "a+induction@school.example" << true;
        QTest::newRow("no at") << "a.smith.school.example" << false;
        QTest::newRow("two ats") << "a@b@school.example" << false;
        QTest::newRow("nothing before at") << "@school.example" << false;
        QTest::newRow("no dot after at") << "a@localhost" << false;
        QTest::newRow("dot straight after at") << "a@.example" << false;
        QTest::newRow("dot at the end") << "a@school." << false;
        QTest::newRow("space inside") << "a smith@school.example" << false;
        QTest::newRow("tab in domain") << "a@school\t.example" << false;
        QTest::newRow("dot after at, another later") << "a@.school.example" << true;
        // clang-format on
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, plausible);
        QCOMPARE(PersonValidator::isPlausibleEmail(email), plausible);
    }
};

QTEST_GUILESS_MAIN(TestPersonValidator)
#include "tst_personvalidator.moc"
