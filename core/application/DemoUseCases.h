#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace idesk {

class Workspace;

// What making the demo school did.
struct DemoSchoolMade
{
    bool created = false; // false: the database already held the demo school
    QString school;
    int staff = 0;
    QString samplesFolder;
    QStringList samples; // files to try the imports on
};

// The demo school, made one way for the GUI's --demo, File > Open Demo School
// and the CLI's demo verb: the school in an empty database, and the sample
// files beside it.
class DemoUseCases
{
    Q_DECLARE_TR_FUNCTIONS(DemoUseCases)
public:
    explicit DemoUseCases(Workspace &workspace)
        : m_ws(workspace)
    {}

    // The folder beside a database where its sample files go.
    static QString samplesFolderFor(const QString &databasePath);
    // Fills an empty database with the demo school, or refuses a database
    // that holds other people; writes the sample files either way when
    // `keepExisting` lets an existing demo school stand.
    Result<DemoSchoolMade> create(bool keepExisting) const;

private:
    Workspace &m_ws;
};

} // namespace idesk
