#include "StandardsSummaryBuilder.h"

#include "development/TrainingPace.h"
#include "services/MentorDevelopmentService.h"
#include "storage/PersonRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SchoolRepository.h"
#include "util/Dates.h"

namespace idesk {

Result<StandardsSummary> StandardsSummaryBuilder::build(Database &db, qint64 mentorId,
                                                        const Clock &clock)
{
    auto mentor = PersonRepository(db).byId(mentorId);
    if (!mentor)
        return mentor.error();
    auto school = SchoolRepository(db).school();
    if (!school)
        return school.error();
    MentorDevelopmentService service(db, clock);
    auto profile = service.standards(mentorId);
    if (!profile)
        return profile.error();
    auto training = service.training(mentorId);
    if (!training)
        return training.error();
    auto held = RoleRepository(db).heldOn(clock.today());
    if (!held)
        return held.error();

    StandardsSummary summary;
    summary.school = school->name;
    summary.mentor = mentor->displayName();
    QStringList roles;
    for (Role r : held->value(mentorId)) {
        if (r != Role::Ect && r != Role::Trainee)
            roles.append(Roles::displayName(r));
    }
    summary.roles = roles.join(QStringLiteral(", "));
    summary.produced = clock.today();
    summary.lastAssessed = profile->lastAssessed();
    summary.standardsTitle = profile->standards().title();
    for (const Standard &s : profile->standards().standards()) {
        StandardsSummary::Section section{s.number, s.title, {}};
        for (const StandardItem &item : s.items) {
            StandardsSummary::Row row;
            row.item = item;
            const auto latest = profile->latest(item.code);
            if (latest) {
                row.rating = latest->rating;
                row.date = latest->date;
            }
            row.ratings = int(profile->history(item.code).size());
            section.rows.append(row);
        }
        summary.sections.append(section);
    }
    summary.plan = profile->supportPlan();
    summary.red = profile->count(StandardsRating::Red);
    summary.amber = profile->count(StandardsRating::Amber);
    summary.green = profile->count(StandardsRating::Green);
    summary.notRated = profile->notRated();
    for (const ProgrammePace &p : std::as_const(training->programmes)) {
        QString line = tr("%1 from %2: %3 of %4 hours (%5 expected by now)")
                           .arg(TrainingPace::programmeName(p.programme.programme),
                                Dates::uk(p.programme.start))
                           .arg(p.done)
                           .arg(p.hours)
                           .arg(p.expected, 0, 'f', 1);
        if (p.refresherPerYear > 0 && (p.refresherExpected > 0 || p.refresherDone > 0))
            line += tr("; refresher this year %1 of %2 hours")
                        .arg(p.refresherDone)
                        .arg(p.refresherPerYear);
        summary.training.append(line);
    }
    return summary;
}

} // namespace idesk
