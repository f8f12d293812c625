#pragma once

#include "calendar/Timetable.h"

namespace idesk {

// What a timetable export's slot holds, read as a tutor would: blank or
// "free" is free; PPA, non-contact, duty, meeting and not-working words are
// those; anything else is a class (or subject) taught.
struct SlotContent
{
    Activity activity = Activity::Free;
    QString label; // the class taught, first line only
    bool empty = true;

    static SlotContent read(const QString &cell);
    // For exports that say what a lesson is (FET's subject, aSc's subject):
    // a recognised non-teaching word, or nullopt when it is taught.
    static std::optional<Activity> nonTeaching(const QString &text);
};

} // namespace idesk
