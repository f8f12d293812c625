#include "TrainingPace.h"

#include "util/Dates.h"

#include <QHash>

#include <algorithm>

namespace idesk {

namespace {
constexpr double kDaysPerYear = 365.25;

// A term's grace: behind once more than a sixth of a year's hours short.
bool isBehind(double expected, double done, double hoursPerYear)
{
    return expected >= 1.0 && expected - done > hoursPerYear / 6.0;
}
} // namespace

double ProgrammePace::shortfall() const
{
    return std::max(0.0, expected - done) + std::max(0.0, refresherExpected - refresherDone);
}

ProgrammePace TrainingPace::assess(const MentorTraining &programme, const RuleSetRegistry &registry,
                                   const QList<TrainingActivity> &activities, QDate today,
                                   QDate countFrom)
{
    if (!countFrom.isValid())
        countFrom = programme.start;
    const RuleSet &rules = registry.forDate(programme.start);
    ProgrammePace pace;
    pace.programme = programme;
    pace.ruleSetYear = rules.academicYear;
    switch (programme.programme) {
    case TrainingProgramme::EctMentor:
        pace.countedKind = QStringLiteral("ect-mentor-programme");
        pace.hours = rules.ectMentorTrainingHours;
        pace.years = std::max(1, rules.ectMentorTrainingYears);
        break;
    case TrainingProgramme::IttGeneralMentor:
        pace.countedKind = QStringLiteral("initial");
        pace.hours = rules.ittGeneralMentorInitialHours;
        pace.refresherPerYear = rules.ittGeneralMentorRefresherHoursPerYear;
        break;
    case TrainingProgramme::IttLeadMentor:
        pace.countedKind = QStringLiteral("initial");
        pace.hours = rules.ittLeadMentorInitialHours;
        pace.refresherPerYear = rules.ittLeadMentorRefresherHoursPerYear;
        break;
    }
    pace.due = programme.start.addYears(pace.years).addDays(-1);
    const double elapsedYears =
        std::max(0.0, double(programme.start.daysTo(today) + 1) / kDaysPerYear);
    pace.expected = pace.hours * std::min(1.0, elapsedYears / pace.years);

    // Refresher hours are owed each programme year after the first.
    const int programmeYear = int(elapsedYears);
    QDate refresherFrom, refresherTo;
    if (pace.refresherPerYear > 0 && programmeYear >= 1) {
        refresherFrom = programme.start.addYears(programmeYear);
        refresherTo = refresherFrom.addYears(1).addDays(-1);
        const double intoYear = double(refresherFrom.daysTo(today) + 1) / kDaysPerYear;
        pace.refresherExpected = pace.refresherPerYear * std::clamp(intoYear, 0.0, 1.0);
    }
    for (const TrainingActivity &a : activities) {
        if (a.mentorId != programme.mentorId || !a.attended || a.day < countFrom || a.day > today)
            continue;
        if (a.kind == pace.countedKind)
            pace.done += a.hours;
        else if (a.kind == QLatin1String("refresher") && refresherFrom.isValid() &&
                 a.day >= refresherFrom && a.day <= refresherTo)
            pace.refresherDone += a.hours;
    }
    pace.behind = isBehind(pace.expected, pace.done, pace.hours / pace.years) ||
                  isBehind(pace.refresherExpected, pace.refresherDone, pace.refresherPerYear);
    return pace;
}

QDate TrainingPace::countFrom(const MentorTraining &programme, const QList<MentorTraining> &records)
{
    const bool restarted =
        std::any_of(records.cbegin(), records.cend(), [&](const MentorTraining &t) {
            return t.mentorId == programme.mentorId && t.programme == programme.programme &&
                   t.start < programme.start;
        });
    return restarted ? programme.start : Dates::academicYearStart(programme.start);
}

QList<MentorTraining> TrainingPace::current(const QList<MentorTraining> &records, qint64 mentorId,
                                            QDate today)
{
    QHash<int, MentorTraining> latest;
    for (const MentorTraining &t : records) {
        if (t.mentorId != mentorId || t.start > today)
            continue;
        auto it = latest.find(int(t.programme));
        if (it == latest.end() || t.start > it->start)
            latest.insert(int(t.programme), t);
    }
    QList<MentorTraining> list = latest.values();
    std::sort(list.begin(), list.end(), [](const MentorTraining &a, const MentorTraining &b) {
        return int(a.programme) < int(b.programme);
    });
    return list;
}

QString TrainingPace::programmeName(TrainingProgramme programme)
{
    switch (programme) {
    case TrainingProgramme::EctMentor:
        return tr("ECT mentor programme");
    case TrainingProgramme::IttGeneralMentor:
        return tr("ITT general mentor");
    case TrainingProgramme::IttLeadMentor:
        return tr("ITT lead mentor");
    }
    return {};
}

QString TrainingPace::kindName(const QString &kind)
{
    if (kind == QLatin1String("initial"))
        return tr("Initial");
    if (kind == QLatin1String("refresher"))
        return tr("Refresher");
    if (kind == QLatin1String("ect-mentor-programme"))
        return tr("ECT mentor programme");
    return kind;
}

QString TrainingPace::eventName(const QString &event)
{
    if (event == QLatin1String("induction-conference"))
        return tr("Induction conference");
    if (event == QLatin1String("conference"))
        return tr("Conference");
    if (event == QLatin1String("clinic"))
        return tr("Online clinic");
    if (event == QLatin1String("coaching"))
        return tr("One-to-one coaching");
    if (event == QLatin1String("self-study"))
        return tr("Self-study");
    return event;
}

} // namespace idesk
