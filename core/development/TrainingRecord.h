#pragma once

#include "development/TrainingPace.h"

#include <QMap>

namespace idesk {

// A mentor's training as the Training tab and `training show` present it.
struct TrainingRecord
{
    QList<TrainingActivity> activities; // oldest first
    QMap<QString, double> hoursByKind;  // attended hours
    int eventsAttended = 0;
    int eventsMissed = 0;
    QList<ProgrammePace> programmes;

    double attendedHours() const
    {
        double total = 0;
        for (double h : hoursByKind)
            total += h;
        return total;
    }
};

} // namespace idesk
