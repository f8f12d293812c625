#pragma once

#include "application/Workspace.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

#include <QTemporaryDir>
#include <QTest>

// A fresh database in its own temporary folder, removed with the fixture,
// opened through the application layer as the front ends open it. Its clock
// stands on 23 November 2026 (week 12 of the autumn term) unless moved.
class TestDatabase
{
public:
    TestDatabase()
    {
        QVERIFY2(m_dir.isValid(), "no temporary folder");
        auto ws =
            idesk::Workspace::open(m_dir.filePath(QStringLiteral("test.inductiondesk")), m_clock);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        m_workspace = std::move(ws).value();
    }
    idesk::Database &db() { return m_workspace->database(); }
    idesk::Workspace &workspace() { return *m_workspace; }
    idesk::FixedClock &clock() { return m_clock; }
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
        auto id = idesk::PersonRepository(db()).insert(p);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

private:
    QTemporaryDir m_dir;
    idesk::FixedClock m_clock{QDate(2026, 11, 23)};
    std::unique_ptr<idesk::Workspace> m_workspace;
};
