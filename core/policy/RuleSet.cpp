#include "RuleSet.h"

#include <QJsonArray>

namespace idesk {

namespace {
// One table drives both directions so a new number cannot be read but not written.
template<typename Fn>
void visitNumbers(RuleSet &r, Fn &&fn)
{
    fn("inductionTermsFte", r.inductionTermsFte);
    fn("inductionMinimumTerms", r.inductionMinimumTerms);
    fn("legacyTermsTotal", r.legacyTermsTotal);
    fn("minimumContinuousEmploymentTerms", r.minimumContinuousEmploymentTerms);
    fn("ectYearOneCadenceWeeks", r.ectYearOneCadenceWeeks);
    fn("ectYearTwoCadenceWeeks", r.ectYearTwoCadenceWeeks);
    fn("observationMinutes", r.observationMinutes);
    fn("coachingMinutes", r.coachingMinutes);
    fn("ittWeeklyMentoringMinutes", r.ittWeeklyMentoringMinutes);
    fn("ittMaxSessionsPerWeek", r.ittMaxSessionsPerWeek);
    fn("ectMentorTrainingHours", r.ectMentorTrainingHours);
    fn("ectMentorTrainingYears", r.ectMentorTrainingYears);
    fn("ittGeneralMentorInitialHours", r.ittGeneralMentorInitialHours);
    fn("ittGeneralMentorRefresherHoursPerYear", r.ittGeneralMentorRefresherHoursPerYear);
    fn("ittLeadMentorInitialHours", r.ittLeadMentorInitialHours);
    fn("ittLeadMentorRefresherHoursPerYear", r.ittLeadMentorRefresherHoursPerYear);
    fn("absenceExtensionDays", r.absenceExtensionDays);
    fn("ectTimetablePercentYearOne", r.ectTimetablePercentYearOne);
    fn("ectTimetablePercentYearTwo", r.ectTimetablePercentYearTwo);
    fn("mentorCapacity", r.mentorCapacity);
    fn("directedHoursPerYear", r.directedHoursPerYear);
    fn("directedDaysPerYear", r.directedDaysPerYear);
    fn("teachingDaysPerYear", r.teachingDaysPerYear);
    fn("recordRetentionYears", r.recordRetentionYears);
}
} // namespace

RuleSet RuleSet::fromJson(const QJsonObject &object)
{
    RuleSet r;
    r.academicYear = object.value(QLatin1String("academicYear")).toString();
    r.effectiveFrom =
        QDate::fromString(object.value(QLatin1String("effectiveFrom")).toString(), Qt::ISODate);
    r.legacyInductionBefore = QDate::fromString(
        object.value(QLatin1String("legacyInductionBefore")).toString(), Qt::ISODate);
    visitNumbers(r, [&](const char *key, auto &field) {
        using T = std::remove_reference_t<decltype(field)>;
        field = static_cast<T>(object.value(QLatin1String(key)).toDouble());
    });
    for (const auto &v : object.value(QLatin1String("programmeRoutes")).toArray())
        r.programmeRoutes.append(v.toString());
    return r;
}

QJsonObject RuleSet::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("academicYear"), academicYear);
    o.insert(QLatin1String("effectiveFrom"), effectiveFrom.toString(Qt::ISODate));
    o.insert(QLatin1String("legacyInductionBefore"), legacyInductionBefore.toString(Qt::ISODate));
    RuleSet copy = *this;
    visitNumbers(copy, [&](const char *key, auto &field) {
        o.insert(QLatin1String(key), static_cast<double>(field));
    });
    o.insert(QLatin1String("programmeRoutes"), QJsonArray::fromStringList(programmeRoutes));
    return o;
}

} // namespace idesk
