#pragma once

#include <QDate>

namespace idesk {

// An ITT lead mentor quality-assures the general mentors in their care.
struct MentorOversight
{
    qint64 id = 0;
    qint64 leadMentorId = 0;
    qint64 mentorId = 0;
    QDate since;
};

} // namespace idesk
