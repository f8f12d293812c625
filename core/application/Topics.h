#pragma once

#include <QFlags>

namespace idesk {

// What a change touched. Views say which topics they show, so after an edit
// or an undo only the views whose data moved are read again.
enum class Topic
{
    People = 0x01,       // people, their roles, inductions and placements
    Pairings = 0x02,     // mentor assignments
    Sessions = 0x04,     // the session log, including action steps
    Calendar = 0x08,     // terms, closures, bank holidays, the school day
    Timetables = 0x10,   // timetables, contracted time, working patterns
    Mentors = 0x20,      // self-assessments, training, oversight
    School = 0x40,       // the school's name and settings
    Availability = 0x80, // absences and blocked times
};
Q_DECLARE_FLAGS(Topics, Topic)
Q_DECLARE_OPERATORS_FOR_FLAGS(Topics)

// Every topic: what a newly opened database means to the views.
inline Topics allTopics()
{
    return Topics::fromInt(0xFF);
}

} // namespace idesk
