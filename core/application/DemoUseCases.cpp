#include "DemoUseCases.h"

#include "application/Workspace.h"
#include "demo/DemoSamples.h"
#include "demo/DemoSchool.h"
#include "storage/PersonRepository.h"
#include "storage/SchoolRepository.h"

#include <QDir>
#include <QFileInfo>

namespace idesk {

QString DemoUseCases::samplesFolderFor(const QString &databasePath)
{
    return QDir(QFileInfo(databasePath).absolutePath()).filePath(QStringLiteral("demo-samples"));
}

Result<DemoSchoolMade> DemoUseCases::create(bool keepExisting) const
{
    Database &db = m_ws.database();
    auto count = PersonRepository(db).count();
    if (!count)
        return count.error();
    DemoSchoolMade made;
    if (*count == 0 || !keepExisting) {
        if (auto s = DemoSchool::populate(db, m_ws.clock()); !s)
            return s.error();
        made.created = true;
    }
    auto school = SchoolRepository(db).school();
    if (!school)
        return school.error();
    auto staff = PersonRepository(db).count();
    if (!staff)
        return staff.error();
    made.school = school->name;
    made.staff = *staff;
    made.samplesFolder = samplesFolderFor(m_ws.path());
    auto samples = DemoSamples::write(db, made.samplesFolder, m_ws.clock());
    if (!samples)
        return samples.error();
    made.samples = *samples;
    if (made.created)
        m_ws.announce(allTopics());
    return made;
}

} // namespace idesk
