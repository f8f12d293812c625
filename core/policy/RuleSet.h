#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace idesk {

// The policy numbers in force for one academic year. Read from data
// (rulesets.json), never written as literals in the rules that use them.
struct RuleSet
{
    QString academicYear;
    QDate effectiveFrom;

    double inductionTermsFte = 0;
    double inductionMinimumTerms = 0;
    QDate legacyInductionBefore;
    double legacyTermsTotal = 0;
    double minimumContinuousEmploymentTerms = 0;
    int ectYearOneCadenceWeeks = 0;
    int ectYearTwoCadenceWeeks = 0;
    int observationMinutes = 0;
    int coachingMinutes = 0;
    int ittWeeklyMentoringMinutes = 0;
    int ittMaxSessionsPerWeek = 0;
    double ectMentorTrainingHours = 0;
    int ectMentorTrainingYears = 0;
    double ittGeneralMentorInitialHours = 0;
    double ittGeneralMentorRefresherHoursPerYear = 0;
    double ittLeadMentorInitialHours = 0;
    double ittLeadMentorRefresherHoursPerYear = 0;
    int absenceExtensionDays = 0;
    int ectTimetablePercentYearOne = 0;
    int ectTimetablePercentYearTwo = 0;
    int mentorCapacity = 0;
    double directedHoursPerYear = 0;
    int directedDaysPerYear = 0;
    int teachingDaysPerYear = 0;
    int recordRetentionYears = 0;
    QStringList programmeRoutes;

    static RuleSet fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace idesk
