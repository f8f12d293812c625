#pragma once

#include "compliance/Flag.h"
#include "util/DateRange.h"

#include <QList>
#include <QString>

namespace idesk {

enum class Rag
{
    Red,
    Amber,
    Green
};

// The support one mentee received over the period. It reports mentoring
// given, never a judgement of the ECT or trainee.
struct MenteeSummary
{
    qint64 personId = 0;
    QString name;
    QString programme;   // "ECT, year 1 of induction", "Trainee (Northfield University)"
    QStringList mentors; // "Mr James Hughes, from 01/09/2026"
    int due = 0;
    int held = 0;
    int missed = 0; // due but not held
    int cancelled = 0;
    int exceptional = 0;                      // held outside teaching hours
    int observations = 0;                     // drop-in observations held
    QList<QPair<QDate, QString>> weeksMissed; // week, why
    QList<QPair<QString, QString>> flags;     // message, action
    QList<QPair<QDate, int>> weeklyMinutes;   // each school week, minutes held
    Rag status = Rag::Green;
};

struct MentorSummary
{
    qint64 personId = 0;
    QString name;
    QStringList mentees;
    double trainingHours = 0;
    double expectedHours = 0;  // by the end of the period, at the rule set's pace
    QList<QStringList> events; // date, event, hours, attended
};

// The termly summary for the headteacher and the appropriate body, as data:
// the ui draws it, the tests read it.
struct TermlyReport
{
    QString school;
    QString period; // "Autumn term 2026-27"
    DateRange range;
    QDate produced;
    QList<MenteeSummary> mentees;
    QList<MentorSummary> mentors;

    static QString ragWord(Rag rag);
};

} // namespace idesk
