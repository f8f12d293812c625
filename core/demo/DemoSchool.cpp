#include "DemoSchool.h"

#include "storage/Database.h"

#include "DemoDevelopment.h"
#include "DemoSchoolTime.h"
#include "DemoSessions.h"
#include "domain/Role.h"
#include "services/AssignmentService.h"
#include "services/InductionService.h"
#include "services/PlacementService.h"
#include "storage/PersonRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SchoolRepository.h"
#include "util/Dates.h"

#include <QHash>

#include <array>

namespace idesk {

namespace {
struct DemoPerson
{
    const char *code;
    const char *title;
    const char *first;
    const char *last;
    double fte;
    int startYearsAgo; // employment started this many academic years before this one
    bool qts;
};

// Forty staff of a mid-sized 11-16 school. Codes are SIMS-style initials.
constexpr std::array kStaff{
    DemoPerson{"HWA", "Mrs", "Helen", "Walsh", 1.0, 9, true},      // headteacher
    DemoPerson{"DOK", "Mr", "David", "Okafor", 1.0, 7, true},      // induction tutor
    DemoPerson{"SPA", "Dr", "Sarah", "Patel", 1.0, 6, true},       // ITT lead mentor
    DemoPerson{"JHU", "Mr", "James", "Hughes", 1.0, 8, true},      // ECT mentor
    DemoPerson{"ROB", "Ms", "Rachel", "O'Brien", 1.0, 5, true},    // ECT mentor
    DemoPerson{"TNG", "Mr", "Thomas", "Nguyen", 1.0, 10, true},    // ECT mentor, two mentees
    DemoPerson{"CEV", "Mrs", "Catherine", "Evans", 0.8, 12, true}, // ITT general mentor
    DemoPerson{"MKH", "Mr", "Mohammed", "Khan", 1.0, 4, true},     // ITT general mentor
    DemoPerson{"EBR", "Miss", "Emily", "Brown", 1.0, 0, true},     // ECT year one
    DemoPerson{"AMU", "Mr", "Adam", "Murphy", 1.0, 0, true},       // ECT year one
    DemoPerson{"LCH", "Ms", "Lucy", "Chapman", 1.0, 1, true},      // ECT year two
    DemoPerson{"PSI", "Mrs", "Priya", "Singh", 0.6, 1, true},      // ECT part-time, year one
    DemoPerson{"OWR", "Mr", "Oliver", "Wright", 1.0, 0, false},    // trainee
    DemoPerson{"HGR", "Miss", "Hannah", "Green", 1.0, 0, false},   // trainee
    DemoPerson{"GTA", "Mr", "Gareth", "Taylor", 1.0, 15, true},
    DemoPerson{"ADA", "Mrs", "Amanda", "Davies", 1.0, 11, true},
    DemoPerson{"RJO", "Mr", "Richard", "Jones", 1.0, 14, true},
    DemoPerson{"NAH", "Ms", "Nadia", "Ahmed", 1.0, 3, true},
    DemoPerson{"PRO", "Mr", "Paul", "Roberts", 1.0, 6, true},
    DemoPerson{"KWI", "Mrs", "Karen", "Wilson", 0.5, 13, true},
    DemoPerson{"SLE", "Mr", "Simon", "Lewis", 1.0, 9, true},
    DemoPerson{"JTH", "Miss", "Jessica", "Thompson", 1.0, 2, true},
    DemoPerson{"MRO", "Mr", "Mark", "Robinson", 1.0, 16, true},
    DemoPerson{"CWO", "Ms", "Claire", "Wood", 0.8, 7, true},
    DemoPerson{"DHA", "Mr", "Daniel", "Hall", 1.0, 4, true},
    DemoPerson{"LMA", "Mrs", "Louise", "Martin", 1.0, 10, true},
    DemoPerson{"BCL", "Mr", "Ben", "Clarke", 1.0, 3, true},
    DemoPerson{"FJA", "Ms", "Fatima", "Jackson", 1.0, 5, true},
    DemoPerson{"IWH", "Mr", "Ian", "White", 1.0, 18, true},
    DemoPerson{"ZHA", "Miss", "Zoe", "Harris", 1.0, 2, true},
    DemoPerson{"SCO", "Mrs", "Susan", "Cooper", 0.6, 20, true},
    DemoPerson{"AKI", "Mr", "Andrew", "King", 1.0, 8, true},
    DemoPerson{"VLE", "Ms", "Victoria", "Lee", 1.0, 6, true},
    DemoPerson{"CAL", "Mr", "Christopher", "Allen", 1.0, 12, true},
    DemoPerson{"RYO", "Miss", "Rebecca", "Young", 1.0, 3, true},
    DemoPerson{"NSC", "Mr", "Nathan", "Scott", 1.0, 5, true},
    DemoPerson{"EMO", "Mrs", "Elizabeth", "Morgan", 1.0, 17, true},
    DemoPerson{"JBA", "Mr", "Joseph", "Baker", 1.0, 4, false}, // unqualified instructor
    DemoPerson{"AAD", "Ms", "Aisha", "Adams", 1.0, 7, true},
    DemoPerson{"MBE", "Mr", "Michael", "Bell", 1.0, 6, true}, // left at Easter last year
};

QString jobTitleOf(const QString &code, bool qts)
{
    static const QHash<QString, QString> posts{
        {QStringLiteral("HWA"), QStringLiteral("Headteacher")},
        {QStringLiteral("DOK"), QStringLiteral("Deputy Headteacher")},
        {QStringLiteral("SPA"), QStringLiteral("Head of Science")},
        {QStringLiteral("JHU"), QStringLiteral("Head of English")},
        {QStringLiteral("OWR"), QStringLiteral("Trainee teacher")},
        {QStringLiteral("HGR"), QStringLiteral("Trainee teacher")},
        {QStringLiteral("JBA"), QStringLiteral("Instructor (Design and Technology)")},
    };
    return posts.value(code, qts ? QStringLiteral("Teacher") : QString());
}

template<typename T>
Status check(const Result<T> &r)
{
    return r ? Status::success() : Status(r.error());
}
} // namespace

Status DemoSchool::populate(Database &db, const Clock &clock)
{
    PersonRepository people(db);
    auto count = people.count();
    if (!count)
        return count.error();
    if (*count > 0)
        return Error::refused(tr("The demo school goes only into an empty database; this one "
                                 "already holds %n person(s)",
                                 nullptr, *count));

    const QDate yearStart = Dates::academicYearStart(clock.today());
    const int y = yearStart.year();
    const QDate lastYearStart(y - 1, 9, 1);

    return db.write([&]() -> Status {
        if (auto s = SchoolRepository(db).setSchool(
                {QStringLiteral("141372"), QStringLiteral("Hollinsbrook Academy")});
            !s)
            return s;

        QHash<QString, qint64> id;
        int n = 0;
        for (const auto &d : kStaff) {
            Person p;
            p.staffCode = QString::fromLatin1(d.code);
            p.title = QString::fromLatin1(d.title);
            p.firstName = QString::fromLatin1(d.first);
            p.lastName = QString::fromLatin1(d.last);
            // Deterministic, plausible 7-digit TRNs; none is a real teacher's.
            p.trn = QString::number(1900000 + (n * 7919 + 3571) % 99991);
            QString local = p.firstName.left(1) + QLatin1Char('.') + p.lastName;
            local.remove(QLatin1Char('\''));
            p.email = local.toLower() + QStringLiteral("@hollinsbrook.example");
            p.qts = d.qts;
            p.qtsDate = d.qts ? QDate(y - d.startYearsAgo - (d.startYearsAgo == 0 ? 0 : 1), 7, 15)
                              : QDate();
            p.fte = d.fte;
            p.jobTitle = jobTitleOf(p.staffCode, d.qts);
            p.workingPattern = d.fte < 1.0 ? WorkingPattern::PartTime : WorkingPattern::FullTime;
            p.employmentStart = QDate(y - d.startYearsAgo, 9, 1);
            if (p.staffCode == QLatin1String("MBE"))
                p.employmentEnd = QDate(y, 4, 12);
            if (p.staffCode == QLatin1String("OWR") || p.staffCode == QLatin1String("HGR"))
                p.employmentStart = yearStart; // on placement: present for its dates
            auto inserted = people.insert(p);
            if (!inserted)
                return inserted.error();
            id.insert(p.staffCode, *inserted);
            ++n;
        }

        RoleRepository roles(db);
        const auto role = [&](const char *code, Role r, QDate from) {
            return check(roles.add({0, id.value(QString::fromLatin1(code)), r, {from, {}}}));
        };
        if (auto s = role("HWA", Role::Headteacher, QDate(y - 4, 9, 1)); !s)
            return s;
        if (auto s = role("DOK", Role::InductionTutor, QDate(y - 3, 9, 1)); !s)
            return s;
        if (auto s = role("SPA", Role::IttLeadMentor, QDate(y - 2, 9, 1)); !s)
            return s;

        InductionService inductions(db);
        const auto induct = [&](const char *code, QDate start, double fte) {
            InductionRequest r;
            r.personId = id.value(QString::fromLatin1(code));
            r.start = start;
            r.fte = fte;
            r.appropriateBody = QStringLiteral("Northfield Teaching School Hub");
            return check(inductions.start(r));
        };
        for (const auto &[code, start, fte] :
             {std::tuple{"EBR", yearStart, 1.0}, std::tuple{"AMU", yearStart, 1.0},
              std::tuple{"LCH", lastYearStart, 1.0}, std::tuple{"PSI", lastYearStart, 0.6}}) {
            if (auto s = induct(code, start, fte); !s)
                return s;
        }

        PlacementService placements(db);
        const QString provider = QStringLiteral("Northfield University School of Education");
        const QDate owrFrom = yearStart.addDays(28), owrTo = QDate(y, 12, 11);
        const QDate hgrFrom = QDate(y, 11, 2), hgrTo = QDate(y + 1, 3, 26);
        for (const auto &[code, from, to] :
             {std::tuple{"OWR", owrFrom, owrTo}, std::tuple{"HGR", hgrFrom, hgrTo}}) {
            Placement p;
            p.personId = id.value(QString::fromLatin1(code));
            p.provider = provider;
            p.period = {from, to};
            if (auto s = check(placements.add(p)); !s)
                return s;
        }

        AssignmentService assignments(db, clock);
        const auto pair = [&](PairingKind kind, const char *mentor, const char *mentee, QDate from,
                              qint64 replacing = 0, const QString &reason = {}) {
            AssignmentRequest r;
            r.kind = kind;
            r.mentorId = id.value(QString::fromLatin1(mentor));
            r.menteeId = id.value(QString::fromLatin1(mentee));
            r.period = {from, {}};
            r.replacingId = replacing;
            r.replacementReason = reason;
            return assignments.assign(r);
        };
        // Lucy Chapman's first mentor left at Easter; her history shows the change.
        auto first = pair(PairingKind::Ect, "MBE", "LCH", lastYearStart);
        if (!first)
            return first.error();
        if (auto s = check(pair(PairingKind::Ect, "TNG", "LCH", QDate(y, 4, 13),
                                first->assignment.id, tr("Mr Bell left the school at Easter")));
            !s)
            return s;
        if (auto s = roles.end(id.value(QStringLiteral("MBE")), Role::EctMentor, QDate(y, 4, 12));
            !s)
            return s;
        for (const auto &[mentor, mentee, from] :
             {std::tuple{"TNG", "PSI", lastYearStart}, std::tuple{"JHU", "EBR", yearStart},
              std::tuple{"ROB", "AMU", yearStart}}) {
            if (auto s = check(pair(PairingKind::Ect, mentor, mentee, from)); !s)
                return s;
        }
        if (auto s = check(pair(PairingKind::Itt, "CEV", "OWR", owrFrom)); !s)
            return s;
        if (auto s = check(pair(PairingKind::Itt, "MKH", "HGR", hgrFrom)); !s)
            return s;
        if (auto s = DemoSchoolTime::populate(db, id, yearStart); !s)
            return s;
        if (auto s = DemoSessions::populate(db, clock.today()); !s)
            return s;
        return DemoDevelopment::populate(db, clock.today());
    });
}

} // namespace idesk
