#include "ProblemBuilder.h"

#include "scheduling/DueSessions.h"
#include "util/Dates.h"

#include <QSet>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

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

// Who is taken when, from blocked times and the sessions that stay put:
// looked up for every candidate slot, so indexed once per build.
class Occupancy
{
public:
    explicit Occupancy(const SchedulingInput &in)
    {
        for (const BlockedTime &b : in.blocked)
            m_blocked[b.day].append(&b);
        QHash<qint64, const MentorAssignment *> pairings;
        for (const MentorAssignment &a : in.assignments)
            pairings.insert(a.id, &a);
        for (const MentoringSession &s : in.kept) {
            if (s.status == SessionStatus::Cancelled)
                continue;
            if (const MentorAssignment *a = pairings.value(s.assignmentId)) {
                QSet<qint64> &busy = m_busy[{s.day.toJulianDay(), s.periodId}];
                busy.insert(a->mentorId);
                busy.insert(a->menteeId);
            }
        }
    }

    bool blocked(qint64 person, QDate day, QTime from, QTime to) const
    {
        const auto it = m_blocked.constFind(day);
        if (it == m_blocked.cend())
            return false;
        return std::any_of(it->cbegin(), it->cend(), [&](const BlockedTime *b) {
            return (b->personId == 0 || b->personId == person) && b->start < to && from < b->end;
        });
    }

    // Whether a session that stays put already takes either person then.
    bool booked(qint64 mentor, qint64 mentee, QDate day, qint64 period) const
    {
        const auto it = m_busy.constFind({day.toJulianDay(), period});
        return it != m_busy.cend() && (it->contains(mentor) || it->contains(mentee));
    }

private:
    QHash<QDate, QList<const BlockedTime *>> m_blocked;
    QHash<QPair<qint64, qint64>, QSet<qint64>> m_busy;
};

void addPairing(const SchedulingInput &in, const DateRange &range, const QList<QDate> &weeks,
                const DueSessions &dueSessions, const Occupancy &taken, const MentorAssignment &a,
                BuiltProblem &out)
{
    const SchoolTime &time = in.time;
    {
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
                    // Each person's window that day, asked once for all the periods.
                    const std::optional<TimeWindow> mentorWindow =
                        time.contractedWindow(a.mentorId, d);
                    if (!mentorWindow && !time.isWorkingSchoolDay(a.mentorId, d))
                        continue;
                    ++sharedDays;
                    const std::optional<TimeWindow> menteeWindow =
                        time.contractedWindow(a.menteeId, d);
                    const int week = time.weekIndex(d);
                    const auto doing = [&](qint64 person, const std::optional<TimeWindow> &window,
                                           const Period &period) {
                        // As SchoolTime::activity: outside the window is not working.
                        if (!window || !window->containsSpan(period.start, period.end))
                            return Activity::NotWorking;
                        return time.timetable().activity(person, week, d.dayOfWeek(), period.id);
                    };
                    const auto within = [&](const std::optional<TimeWindow> &window, QTime from) {
                        const QTime until = from.addSecs(want.minutes * 60);
                        return window && until > from && window->containsSpan(from, until);
                    };
                    const QList<Period> &periods = time.schoolDay().periods();
                    for (int p = 0; p < periods.size(); ++p) {
                        const Period &period = periods.at(p);
                        if (period.kind == PeriodKind::Break || period.kind == PeriodKind::Lunch ||
                            period.minutes() < want.minutes)
                            continue;
                        if (!within(mentorWindow, period.start) ||
                            !within(menteeWindow, period.start))
                            continue;
                        const Activity mentor = doing(a.mentorId, mentorWindow, period);
                        const Activity mentee = doing(a.menteeId, menteeWindow, period);
                        const bool fits =
                            want.kind == SessionKind::Observation
                                ? period.kind == PeriodKind::Lesson &&
                                      mentee == Activity::Teaching && Activities::isFree(mentor)
                                : Activities::isFree(mentor) && Activities::isFree(mentee);
                        if (!fits)
                            continue;
                        ++freeTogether;
                        const QTime end = period.start.addSecs(60 * want.minutes);
                        if (taken.blocked(a.mentorId, d, period.start, end) ||
                            taken.blocked(a.menteeId, d, period.start, end) ||
                            taken.booked(a.mentorId, a.menteeId, d, period.id))
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
                    const QString week = ProblemBuilder::tr("the week of %1 (week %2)")
                                             .arg(Dates::uk(monday))
                                             .arg(info.weekLabel);
                    if (sharedDays == 0)
                        info.noSlotReason =
                            ProblemBuilder::tr(
                                "%1 and %2 do not work on the same school day in %3. A day "
                                "they both work would make one.")
                                .arg(mentor, mentee, week);
                    else if (freeTogether == 0 && want.kind == SessionKind::Observation)
                        info.noSlotReason =
                            ProblemBuilder::tr(
                                "%1 teaches no lesson in %3 while %2 is free. Freeing %2 in one "
                                "of %1's lessons would make one.")
                                .arg(mentee, mentor, week);
                    else if (freeTogether == 0)
                        info.noSlotReason =
                            ProblemBuilder::tr(
                                "%1 and %2 share no free period within contracted time in %3. "
                                "Freeing a period for one of them would make one.")
                                .arg(mentor, mentee, week);
                    else
                        info.noSlotReason =
                            ProblemBuilder::tr(
                                "every period %1 and %2 share in %3 is blocked or already "
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
}

} // namespace

BuiltProblem ProblemBuilder::build(const SchedulingInput &in, const DateRange &range)
{
    const QList<QDate> weeks = in.time.calendar().schoolWeeks(range);
    const DueSessions dueSessions(in);
    const Occupancy taken(in);
    // Pairings are independent: the cores build a share each, joined in order.
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    const qsizetype n = in.assignments.size();
    const qsizetype chunk = (n + threads - 1) / std::max(threads, 1);
    std::vector<BuiltProblem> parts(static_cast<size_t>(threads));
    const auto work = [&](int t) {
        for (qsizetype i = t * chunk; i < std::min(n, (t + 1) * chunk); ++i)
            addPairing(in, range, weeks, dueSessions, taken, in.assignments.at(i),
                       parts[size_t(t)]);
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads && t * chunk < n; ++t)
        helpers.emplace_back(work, t);
    work(0);
    for (std::thread &h : helpers)
        h.join();
    BuiltProblem out;
    for (BuiltProblem &part : parts) {
        const int offset = int(out.problem.dues.size());
        for (DueItem &due : part.problem.dues) {
            if (due.mustFollow >= 0)
                due.mustFollow += offset;
        }
        out.problem.dues += part.problem.dues;
        out.info += part.info;
        out.starts += part.starts;
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
