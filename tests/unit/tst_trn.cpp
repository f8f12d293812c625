#include "domain/Trn.h"

#include <QTest>

using namespace idesk;

class TestTrn : public QObject
{
    Q_OBJECT
private slots:
    void normalise_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expected");
        // clang-format off
        QTest::newRow("seven digits") << "1234567" << true << "1234567";
        QTest::newRow("five digits padded") << "12345" << true << "0012345";
        QTest::newRow("six digits padded") << "123456" << true << "0123456";
        QTest::newRow("spaces and slashes") << " 12/34 567 " << true << "1234567";
        QTest::newRow("RP prefix as on old certificates") << "RP99/12345" << true << "9912345";
        QTest::newRow("four digits") << "1234" << false << "";
        QTest::newRow("eight digits") << "12345678" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("letters only") << "ABCDEFG" << false << "";
        // clang-format on
    }
    void normalise()
    {
        QFETCH(QString, raw);
        QFETCH(bool, valid);
        QFETCH(QString, expected);
        const auto r = Trn::normalise(raw);
        QCOMPARE(r.ok(), valid);
        if (valid)
            QCOMPARE(r.value(), expected);
        else
            QVERIFY(r.error().message.contains(QStringLiteral("5 to 7 digits")));
    }
};

QTEST_GUILESS_MAIN(TestTrn)
#include "tst_trn.moc"
