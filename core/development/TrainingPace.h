#pragma once

#include "domain/MentorTraining.h"
#include "domain/TrainingActivity.h"
#include "policy/RuleSetRegistry.h"

#include <QCoreApplication>
#include <QList>

namespace idesk {

// Where one mentor stands on one training programme on a given day, against
// the rule set in force when the programme started: the ECT mentor programme
// (36 hours over two years before September 2025, up to 20 over one year
// after), ITT general mentor (20 initial, then 6 refresher a year) and ITT lead
// mentor (30 initial, then 12 refresher a year).
struct ProgrammePace
{
    MentorTraining programme;
    QString ruleSetYear;
    QString countedKind; // the training kind that counts towards `hours`
    double hours = 0;    // the programme's (or initial) hours
    int years = 1;       // ... spread over this many years
    QDate due;           // when they should all be done
    double done = 0;     // attended hours of that kind since the start
    double expected = 0; // straight-line pace by the day asked about
    double refresherPerYear = 0;
    double refresherDone = 0;     // in the current programme year after the first
    double refresherExpected = 0; // pace within that year
    bool behind = false;

    double shortfall() const;
};

class TrainingPace
{
    Q_DECLARE_TR_FUNCTIONS(TrainingPace)
public:
    // Hours count from `countFrom` (the programme's start when not given).
    static ProgrammePace assess(const MentorTraining &programme, const RuleSetRegistry &rules,
                                const QList<TrainingActivity> &activities, QDate today,
                                QDate countFrom = {});
    // Training done in the run-up to a first pairing counts (initial training
    // often comes before the placement); a replacement mentor's restarted
    // programme counts from its new start only.
    static QDate countFrom(const MentorTraining &programme, const QList<MentorTraining> &records);
    // The latest record of each programme a mentor is on, started by `today`.
    static QList<MentorTraining> current(const QList<MentorTraining> &records, qint64 mentorId,
                                         QDate today);
    static QString programmeName(TrainingProgramme programme);
    static QString kindName(const QString &kind);
    static QString eventName(const QString &event);
};

} // namespace idesk
