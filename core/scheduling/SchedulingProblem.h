#pragma once

#include <QDate>
#include <QHash>
#include <QList>

namespace idesk {

// One place a session could go: a period on a day, with what the
// preferences need to know about it.
struct Candidate
{
    QDate date;
    qint64 periodId = 0;
    int order = 0;                // sorts slots in time within a week
    bool outsideTeaching = false; // not in a lesson: allowed, but exceptional
    bool menteePpa = false;       // uses the mentee's PPA time
    qint64 slotKey() const { return qint64(date.dayOfWeek()) * 1'000'000'000 + periodId; }
};

// One session that is due, with every place it could go.
struct DueItem
{
    int unit = 0;         // the school week it belongs to
    int recurrence = 0;   // sessions of one recurrence class want the same weekday and period
    int parityGroup = -1; // fortnightly sessions: due in the weeks of the group's chosen parity
    int parity = 0;       // this week's parity (0 or 1) when in a group
    qint64 mentorId = 0;
    qint64 menteeId = 0;
    int mustFollow = -1; // index of a due session in the same week that must come first
    QList<Candidate> candidates;
};

struct SchedulingProblem
{
    QList<DueItem> dues;
};

// The objective, in the order it is minimised (lexicographic):
//  1. due sessions left unplaced;
//  2. sessions outside teaching hours (exceptional);
//  3. sessions not in their recurrence class's usual weekday and period
//     (the usual slot is chosen too, to make this smallest);
//  4. pairs of one mentor's sessions on the same day (spread over the week);
//  5. sessions in the mentee's PPA time.
struct Objective
{
    int unplaced = 0;
    int outsideTeaching = 0;
    int offUsualSlot = 0;
    int sameDayPairs = 0;
    int inPpa = 0;

    static constexpr qint64 kUnplaced = 1'000'000'000'000'000;
    static constexpr qint64 kOutside = 100'000'000'000;
    static constexpr qint64 kOffSlot = 10'000'000;
    static constexpr qint64 kSameDay = 1'000;
    static constexpr qint64 kPpa = 1;
    qint64 cost() const
    {
        return unplaced * kUnplaced + outsideTeaching * kOutside + offUsualSlot * kOffSlot +
               sameDayPairs * kSameDay + inPpa * kPpa;
    }
    friend bool operator==(const Objective &, const Objective &) = default;
};

struct SchedulingSolution
{
    QList<int> choice;            // per due item: candidate index, or -1 (unplaced or not due)
    QList<bool> due;              // false for fortnightly sessions in the other parity's weeks
    QHash<int, qint64> usualSlot; // recurrence class -> slot key
    Objective objective;
    bool optimal = true; // false only if the search limit was reached
    bool cancelled = false;
};

} // namespace idesk
