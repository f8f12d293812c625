#pragma once

namespace idesk {

// How far a new school has got with setting up, step by step in the order a
// tutor does it; the start checklist ticks each step that is done.
struct SetupProgress
{
    bool schoolNamed = false;
    bool termDates = false;
    bool staff = false;
    bool timetables = false; // the school day and at least one timetable
    bool mentees = false;    // an ECT in induction or a trainee on placement
    bool mentors = false;    // every mentee today has a mentor
    bool planned = false;    // sessions in the term holding today (or the next)

    bool complete() const
    {
        return schoolNamed && termDates && staff && timetables && mentees && mentors && planned;
    }
};

} // namespace idesk
