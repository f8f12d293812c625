#pragma once

#include "calendar/SchoolDay.h"
#include "calendar/Timetable.h"
#include "domain/Person.h"

#include <QByteArray>
#include <QList>

namespace idesk {

// The demo school's timetables as the timetabling programs a school might
// use would export them, for trying the timetable import on: FET's teachers
// timetable, aSc Timetables' XML export, and an MIS grid with a row per
// teacher and a column per period ("1Mon:1"), which also lists a new
// starter not yet on the staff list.
class DemoTimetableExports
{
public:
    DemoTimetableExports(QList<Person> people, SchoolDay day, Timetable timetable)
        : m_people(std::move(people))
        , m_day(std::move(day))
        , m_timetable(std::move(timetable))
    {}

    QByteArray fetTeachersXml() const;
    QByteArray ascXml() const;
    QByteArray misGridCsv() const;

private:
    QList<Period> taught() const; // registration and lessons, in order
    QList<const Person *> timetabled() const;

    QList<Person> m_people;
    SchoolDay m_day;
    Timetable m_timetable;
};

} // namespace idesk
