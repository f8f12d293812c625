#include "StandardsSummaryBuilder.h"


#include "development/TrainingPace.h"
#include "util/Dates.h"

namespace idesk {

StandardsSummary StandardsSummaryBuilder::build(const Person &mentor, const QString &school,
                                                const QList<Role> &roles,
                                                const StandardsProfile &profileValue,
                                                const TrainingRecord &trainingValue, QDate today)
{
    const StandardsProfile *profile = &profileValue;
    const TrainingRecord *training = &trainingValue;
    StandardsSummary summary;
    summary.school = school;
    summary.mentor = mentor.displayName();
    QStringList roleNames;
    for (Role r : roles) {
        if (r != Role::Ect && r != Role::Trainee)
            roleNames.append(Roles::displayName(r));
    }
    summary.roles = roleNames.join(QStringLiteral(", "));
    summary.produced = today;
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
