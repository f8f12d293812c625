#pragma once

#include "development/StandardsRating.h"

#include <QDate>
#include <QString>

namespace idesk {

// One rating of one item, on one day. A re-assessment adds a new one; the old
// ones stay as the history.
struct SelfAssessment
{
    qint64 id = 0;
    qint64 mentorId = 0;
    QString item; // "2.4"
    StandardsRating rating = StandardsRating::Amber;
    QDate date;
    QString note;
};

} // namespace idesk
