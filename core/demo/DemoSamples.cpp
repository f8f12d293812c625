#include "DemoSamples.h"

#include "storage/Database.h"

#include "demo/DemoTimetableExports.h"
#include "services/TermDatesService.h"
#include "storage/PersonRepository.h"
#include "storage/SchoolDayRepository.h"
#include "storage/TimetableRepository.h"
#include "util/Dates.h"
#include "util/SafeFile.h"
#include "util/Weekdays.h"

#include <QDir>

namespace idesk {

namespace {
Status save(const QString &path, const QByteArray &bytes)
{
    return SafeFile::write(path, bytes);
}

QByteArray csvField(const QString &value)
{
    QString v = value;
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

QByteArray csvRow(const QStringList &fields)
{
    QList<QByteArray> out;
    for (const QString &f : fields)
        out.append(csvField(f));
    return out.join(',') + "\r\n";
}
} // namespace

Result<QStringList> DemoSamples::write(Database &db, const QString &folder, const Clock &clock)
{
    if (!QDir().mkpath(folder))
        return Error::storage(tr("%1: the folder cannot be made").arg(folder));
    const QDir dir(folder);
    const QDate today = clock.today();
    const QDate yearStart = Dates::academicYearStart(today);
    QStringList written;

    auto people = PersonRepository(db).all();
    if (!people)
        return people.error();
    QByteArray staff = "Hollinsbrook Academy - Staff Details report\r\n";
    staff += "Printed " + Dates::uk(today).toUtf8() + "\r\n\r\n";
    staff += csvRow({QStringLiteral("Staff Code"), QStringLiteral("Title"),
                     QStringLiteral("Legal Forename"), QStringLiteral("Legal Surname"),
                     QStringLiteral("Teacher Number"), QStringLiteral("Work Email Address"),
                     QStringLiteral("QT Status"), QStringLiteral("Post"),
                     QStringLiteral("Start Date"), QStringLiteral("FTE")});
    for (const Person &p : std::as_const(*people)) {
        if (!p.employedOn(today) || p.staffCode == QLatin1String("KWI"))
            continue; // Mrs Wilson has left: the import offers to mark her so
        QString email = p.email;
        if (p.staffCode == QLatin1String("GTA"))
            email = QStringLiteral("gareth.taylor@hollinsbrook.example");
        staff += csvRow(
            {p.staffCode, p.title, p.firstName, p.lastName,
             // SIMS shows TRNs as "12/34567"; DfE's rule reads it back.
             p.trn.isEmpty() ? QString() : p.trn.left(2) + QLatin1Char('/') + p.trn.mid(2), email,
             p.qts ? QStringLiteral("Yes") : QStringLiteral("No"),
             // Ms O'Brien has been promoted since the last import.
             p.staffCode == QLatin1String("ROB") ? QStringLiteral("Head of Year 9") : p.jobTitle,
             Dates::uk(p.employmentStart), QString::number(p.fte)});
    }
    staff += csvRow({QStringLiteral("TFL"), QStringLiteral("Mr"), QStringLiteral("Tom"),
                     QStringLiteral("Fletcher"), QStringLiteral("19/87654"),
                     QStringLiteral("t.fletcher@hollinsbrook.example"), QStringLiteral("Yes"),
                     QStringLiteral("Teacher of History"),
                     Dates::uk(QDate(yearStart.year() + 1, 1, 4)), QStringLiteral("1")});
    const QString staffPath = dir.filePath(QStringLiteral("staff-list.csv"));
    if (auto s = save(staffPath, staff); !s)
        return s.error();
    written << staffPath;

    const QString icsPath = dir.filePath(QStringLiteral("term-dates.ics"));
    if (auto s =
            TermDatesService(db).exportIcsTo(icsPath, Dates::academicYearLabel(today), clock.now());
        !s)
        return s.error();
    written << icsPath;

    auto day = SchoolDayRepository(db).schoolDay();
    auto timetable = TimetableRepository(db).timetable();
    if (!day || !timetable)
        return !day ? day.error() : timetable.error();
    QByteArray tt =
        csvRow({QStringLiteral("Staff Code"), QStringLiteral("Week"), QStringLiteral("Day"),
                QStringLiteral("Period"), QStringLiteral("Activity"), QStringLiteral("Class")});
    for (const Person &p : std::as_const(*people)) {
        if (p.staffCode != QLatin1String("EBR") && p.staffCode != QLatin1String("JHU"))
            continue;
        for (const TimetableEntry &e : timetable->entriesOf(p.id)) {
            const Period *period = day->byId(e.periodId);
            if (!period)
                continue;
            tt += csvRow({p.staffCode, e.week == 0 ? QStringLiteral("A") : QStringLiteral("B"),
                          weekdayName(e.weekday), period->name, Activities::key(e.activity),
                          e.classLabel});
        }
    }
    const QString ttPath = dir.filePath(QStringLiteral("timetables.csv"));
    if (auto s = save(ttPath, tt); !s)
        return s.error();
    written << ttPath;

    // The same timetables as timetabling programs export them.
    const DemoTimetableExports exports(*people, *day, *timetable);
    for (const auto &[name, bytes] :
         {std::pair{QStringLiteral("fet-export_teachers.xml"), exports.fetTeachersXml()},
          std::pair{QStringLiteral("asc-timetables-export.xml"), exports.ascXml()},
          std::pair{QStringLiteral("mis-staff-timetables.csv"), exports.misGridCsv()}}) {
        const QString path = dir.filePath(name);
        if (auto s = save(path, bytes); !s)
            return s.error();
        written << path;
    }
    return written;
}

} // namespace idesk
