#pragma once

#include "storage/Database.h"
#include "storage/PersonRepository.h"

#include <QTemporaryDir>
#include <QTest>

// A fresh database in its own temporary folder, removed with the fixture.
class TestDatabase
{
public:
    TestDatabase()
    {
        QVERIFY2(m_dir.isValid(), "no temporary folder");
        auto db = idesk::Database::openSqlite(m_dir.filePath(QStringLiteral("test.inductiondesk")));
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        m_db = std::move(db).value();
    }
    idesk::Database &db() { return *m_db; }
    QString folder() const { return m_dir.path(); }

    qint64 addPerson(const QString &code, bool qts = true, QDate start = QDate(2015, 9, 1),
                     QDate end = QDate())
    {
        idesk::Person p;
        p.staffCode = code;
        p.firstName = QStringLiteral("First") + code;
        p.lastName = QStringLiteral("Last") + code;
        p.qts = qts;
        p.employmentStart = start;
        p.employmentEnd = end;
        auto id = idesk::PersonRepository(*m_db).insert(p);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<idesk::Database> m_db;
};
