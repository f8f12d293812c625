#include "ProblemBuilder.h"

#include "scheduling/DueSessions.h"
#include "util/Dates.h"

namespace idesk {

namespace {

QString nameOf(const SchedulingInput &in, qint64 id)
{
    for (const Person &p : in.people) {
        if (p.id == id)
            return p.displayName();
    }
    return ProblemBuilder::tr("person %1").arg(id);
}

bool blocked(const SchedulingInput &in, qint64 person, QDate day, QTime from, QTime to)
{
    return std::any_of(in.blocked.cbegin(), in.blocked.cend(), [&](const BlockedTime &b) {
        return (b.personId == 0 || b.personId == person) && b.day == day && b.start < to &&
               from < b.end;
    });
}

bool booked(const SchedulingInput &in, qint64 mentor, qint64 mentee, QDate day, qint64 period)
{
    for (const MentoringSession &s : in.kept) {
        if (s.day != day || s.periodId != period || s.status == SessionStatus::Cancelled)
            continue;
        for (const MentorAssignment &a : in.assignments) {
            if (a.id == s.assignmentId && (a.mentorId == mentor || a.menteeId == mentee ||
                                           a.mentorId == mentee || a.menteeId == mentor))
                return true;
        }
    }
    return false;
}

} // namespace

BuiltProblem ProblemBuilder::build(const SchedulingInput &in, const DateRange &range)
{
    BuiltProblem out;
    const SchoolTime &time = in.time;
    const QList<QDate> weeks = time.calendar().schoolWeeks(range);
    const DueSessions dueSessions(in);
    for (const MentorAssignment &a : in.assignments) {
        for (int w = 0; w < weeks.size(); ++w) {
            const QDate monday = weeks.at(w);
            const QList<DueSession> wants = dueSessions.forWeek(a, monday, range);
            int previous = -1;
            for (const DueSession &want : wants) {
                DueItem due;
                due.unit = w;
                due.recurrence = int(a.id * 8 + int(want.kind) * 2 + want.ordinal);
                due.parityGroup = want.parityGroup;
                due.parity = want.parity;
                due.mentorId = a.mentorId;
                due.menteeId = a.menteeId;
                due.mustFollow = previous;
                DueInfo info{a.id,   a.mentorId,     a.menteeId,   want.kind, want.ordinal,
                             monday, want.weekLabel, want.minutes, {}};
                QList<QTime> starts;
                int sharedDays = 0, freeTogether = 0;
                for (const QDate &d : std::as_const(want.days)) {
                    if (!time.isWorkingSchoolDay(a.mentorId, d))
                        continue;
                    ++sharedDays;
                    const QList<Period> &periods = time.schoolDay().periods();
                    for (int p = 0; p < periods.size(); ++p) {
                        const Period &period = periods.at(p);
                        if (period.kind == PeriodKind::Break || period.kind == PeriodKind::Lunch ||
                            period.minutes() < want.minutes)
                            continue;
                        const QDateTime at(d, period.start,
                                           Qt::UTC); // school wall-clock time; no zone lookups
                        if (!time.isInContractedTime(a.mentorId, at, want.minutes) ||
                            !time.isInContractedTime(a.menteeId, at, want.minutes))
                            continue;
                        const Activity mentor = time.activity(a.mentorId, d, period);
                        const Activity mentee = time.activity(a.menteeId, d, period);
                        const bool fits =
                            want.kind == SessionKind::Observation
                                ? period.kind == PeriodKind::Lesson &&
                                      mentee == Activity::Teaching && Activities::isFree(mentor)
                                : Activities::isFree(mentor) && Activities::isFree(mentee);
                        if (!fits)
                            continue;
                        ++freeTogether;
                        const QTime end = period.start.addSecs(60 * want.minutes);
                        if (blocked(in, a.mentorId, d, period.start, end) ||
                            blocked(in, a.menteeId, d, period.start, end) ||
                            booked(in, a.mentorId, a.menteeId, d, period.id))
                            continue;
                        Candidate c;
                        c.date = d;
                        c.periodId = period.id;
                        c.order = int(monday.daysTo(d)) * 100 + p;
                        c.outsideTeaching = period.kind != PeriodKind::Lesson;
                        c.menteePpa = mentee == Activity::Ppa;
                        due.candidates.append(c);
                        starts.append(period.start);
                    }
                }
                if (due.candidates.isEmpty()) {
                    const QString mentor = nameOf(in, a.mentorId), mentee = nameOf(in, a.menteeId);
                    const QString week =
                        tr("the week of %1 (week %2)").arg(Dates::uk(monday)).arg(info.weekLabel);
                    if (sharedDays == 0)
                        info.noSlotReason =
                            tr("%1 and %2 do not work on the same school day in %3. A day "
                               "they both work would make one.")
                                .arg(mentor, mentee, week);
                    else if (freeTogether == 0 && want.kind == SessionKind::Observation)
                        info.noSlotReason =
                            tr("%1 teaches no lesson in %3 while %2 is free. Freeing %2 in one "
                               "of %1's lessons would make one.")
                                .arg(mentee, mentor, week);
                    else if (freeTogether == 0)
                        info.noSlotReason =
                            tr("%1 and %2 share no free period within contracted time in %3. "
                               "Freeing a period for one of them would make one.")
                                .arg(mentor, mentee, week);
                    else
                        info.noSlotReason =
                            tr("every period %1 and %2 share in %3 is blocked or already "
                               "booked. Moving another session would make room.")
                                .arg(mentor, mentee, week);
                }
                previous = int(out.problem.dues.size());
                out.problem.dues.append(due);
                out.info.append(info);
                out.starts.append(starts);
            }
        }
    }
    return out;
}

QString ProblemBuilder::whyUnplaced(const SchedulingInput &in, const DueInfo &info)
{
    if (!info.noSlotReason.isEmpty())
        return info.noSlotReason;
    const QString week =
        tr("the week of %1 (week %2)").arg(Dates::uk(info.weekMonday)).arg(info.weekLabel);
    if (info.kind == SessionKind::Coaching)
        return tr("%1 and %2 have no free time after the observation in %3, or it is taken by "
                  "%1's other sessions. An earlier observation or a later free period would "
                  "make room.")
            .arg(nameOf(in, info.mentorId), nameOf(in, info.menteeId), week);
    return tr("the periods %1 and %2 share in %3 are all taken by %1's other mentoring "
              "sessions. Another shared free period would make one.")
        .arg(nameOf(in, info.mentorId), nameOf(in, info.menteeId), week);
}

} // namespace idesk
