#include "TestDatabase.h"
#include "demo/DemoSchool.h"
#include "models/PairingsModel.h"
#include "models/PeopleFilterModel.h"
#include "models/PeopleModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace idesk;
using namespace idesk::ui;

class TestModels : public QObject
{
    Q_OBJECT
    FixedClock m_clock{QDate(2026, 11, 23)};

private slots:
    void peopleModelFollowsTheDatabase()
    {
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), m_clock).ok());
        PeopleModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(&t.workspace());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), *PersonRepository(t.db()).count());
        const int row =
            model.rowOf(PersonRepository(t.db()).byStaffCode(QStringLiteral("DOK"))->value().id);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, PeopleModel::NameColumn).data().toString(),
                 QStringLiteral("Mr David Okafor"));
        QCOMPARE(model.index(row, PeopleModel::RolesColumn).data().toString(),
                 QStringLiteral("Induction tutor"));
        QCOMPARE(model.index(row, 0).data(PeopleModel::RoleKeysRole).toStringList(),
                 QStringList{QStringLiteral("induction-tutor")});
    }

    void searchAndRoleFilter_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QStringList>("codes");
        // clang-format off
        QTest::newRow("by surname") << "okafor" << "" << QStringList{QStringLiteral("DOK")};
        QTest::newRow("by staff code") << "TNG" << "" << QStringList{QStringLiteral("TNG")};
        QTest::newRow("by email domain part") << "e.brown@" << "" << QStringList{QStringLiteral("EBR")};
        QTest::newRow("two words") << "emily brown" << "" << QStringList{QStringLiteral("EBR")};
        QTest::newRow("ECTs") << "" << "ect" << QStringList{QStringLiteral("AMU"), QStringLiteral("EBR"), QStringLiteral("LCH"), QStringLiteral("PSI")};
        QTest::newRow("ECT named Lucy") << "lucy" << "ect" << QStringList{QStringLiteral("LCH")};
        QTest::newRow("nobody") << "zzzz" << "" << QStringList{};
        // clang-format on
    }
    void searchAndRoleFilter()
    {
        QFETCH(QString, search);
        QFETCH(QString, role);
        QFETCH(QStringList, codes);
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), m_clock).ok());
        PeopleModel model;
        model.setWorkspace(&t.workspace());
        QVERIFY(model.reload().ok());
        PeopleFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setSearchText(search);
        filter.setRoleKey(role);
        filter.sort(PeopleModel::StaffCodeColumn);
        QStringList got;
        for (int r = 0; r < filter.rowCount(); ++r)
            got.append(filter.index(r, PeopleModel::StaffCodeColumn).data().toString());
        QCOMPARE(got, codes);
    }

    void namesSortBySurname()
    {
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), m_clock).ok());
        PeopleModel model;
        model.setWorkspace(&t.workspace());
        QVERIFY(model.reload().ok());
        PeopleFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(PeopleModel::NameColumn);
        QCOMPARE(filter.index(0, PeopleModel::StaffCodeColumn).data().toString(),
                 QStringLiteral("AAD")); // Adams
    }

    void pairingsModelShowsHistory()
    {
        TestDatabase t;
        QVERIFY(DemoSchool::populate(t.db(), m_clock).ok());
        PairingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(&t.workspace());
        QVERIFY(model.reload().ok());
        int replaced = 0, current = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString status = model.index(r, PairingsModel::StatusColumn).data().toString();
            replaced += status == QLatin1String("Replaced") ? 1 : 0;
            current += model.index(r, 0).data(PairingsModel::IsCurrentRole).toBool() ? 1 : 0;
            if (status == QLatin1String("Replaced"))
                QVERIFY(model.index(r, PairingsModel::NoteColumn)
                            .data()
                            .toString()
                            .contains(QStringLiteral("Easter")));
        }
        QCOMPARE(replaced, 1);
        QCOMPARE(current, 6);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
