#pragma once

#include "development/MentorOversight.h"
#include "development/TrainingPace.h"
#include "domain/Person.h"

#include <QStringList>

namespace idesk {

// A trainee's weekly mentoring time with a general mentor, over the weeks of
// the placement already over.
struct TraineeTime
{
    qint64 traineeId = 0;
    QString traineeName;
    int requiredMinutes = 0;
    int weeksJudged = 0;
    int weeksShort = 0;
    QDate lastWeek; // Monday of the latest week judged
    int lastWeekMinutes = 0;
};

// What a lead mentor sees of one general mentor in their care.
struct OverseenMentor
{
    MentorOversight link;
    Person mentor;
    int red = 0;
    int amber = 0;
    int green = 0;
    int notRated = 0;
    QDate lastAssessed;
    QStringList supportPlan; // "2.3 (Amber)", reds first
    QList<ProgrammePace> programmes;
    QList<TraineeTime> trainees;
};

} // namespace idesk
