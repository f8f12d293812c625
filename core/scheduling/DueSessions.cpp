#include "DueSessions.h"

#include "scheduling/InductionYear.h"
#include "util/Dates.h"

namespace idesk {

DueSessions::DueSessions(const SchedulingInput &input)
    : m_in(input)
{
    for (const Induction &i : input.inductions)
        m_inductions[i.personId].append(&i);
    for (const Absence &a : input.absences)
        m_absences[a.personId].append(&a);
    for (const Placement &p : input.placements)
        m_placements[p.personId].append(&p);
}

const Induction *DueSessions::inductionOn(qint64 person, QDate day) const
{
    const Induction *found = nullptr;
    for (const Induction *i : m_inductions.value(person)) {
        if (i->start <= day && (!found || i->start > found->start))
            found = i;
    }
    return found;
}

bool DueSessions::absent(qint64 person, QDate day) const
{
    const auto &list = m_absences.value(person);
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const Absence *a) { return a->period.contains(day); });
}

bool DueSessions::onPlacement(qint64 person, QDate day) const
{
    const auto &list = m_placements.value(person);
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const Placement *p) { return p->period.contains(day); });
}

QList<DueSession> DueSessions::forWeek(const MentorAssignment &a, QDate monday,
                                       const DateRange &range) const
{
    const SchoolTime &time = m_in.time;
    const SchoolCalendar &calendar = time.calendar();
    // The days the mentee is entitled to mentoring this week.
    QList<QDate> days;
    for (int i = 0; i < 5; ++i) {
        const QDate d = monday.addDays(i);
        if (!range.contains(d) || !a.period.contains(d) || !calendar.isOpen(d))
            continue;
        if (a.kind == PairingKind::Ect) {
            const Induction *ind = inductionOn(a.menteeId, d);
            if (!ind || !ind->isActiveOn(d))
                continue; // paused or not started: nothing is due
        } else if (!onPlacement(a.menteeId, d)) {
            continue;
        }
        if (!time.isWorkingSchoolDay(a.menteeId, d) || absent(a.menteeId, d) ||
            absent(a.mentorId, d))
            continue;
        days.append(d);
    }
    if (days.isEmpty())
        return {};
    const RuleSet &rules = m_in.rules.forDate(days.first());
    DueSession base;
    base.assignmentId = a.id;
    base.mentorId = a.mentorId;
    base.menteeId = a.menteeId;
    base.weekMonday = monday;
    base.weekLabel = time.weekLabel(monday);
    base.days = days;
    QList<DueSession> due;
    if (a.kind == PairingKind::Ect) {
        const Induction *ind = inductionOn(a.menteeId, days.first());
        const int year =
            InductionYear::yearOn(*ind, calendar, days.first(), rules.inductionTermsFte);
        base.cadenceWeeks = year == 1 ? rules.ectYearOneCadenceWeeks : rules.ectYearTwoCadenceWeeks;
        if (base.isFortnightly()) {
            // Every other school week of the year: a week belongs to the year
            // of its Friday (one starting 31 August is September's).
            const QDate yearStart = Dates::academicYearStart(monday.addDays(4));
            const int index = int(calendar.schoolWeeks({yearStart, monday.addDays(6)}).size() - 1);
            base.parity = index % base.cadenceWeeks;
            if (base.parity > 1)
                return {}; // cadences over two weeks: not in this week
            base.fortnight = yearStart.year() * 100 + index / 2;
            base.parityGroup = int(a.id * 4 + year);
        }
        DueSession observation = base, coaching = base;
        observation.kind = SessionKind::Observation;
        observation.minutes = rules.observationMinutes;
        coaching.kind = SessionKind::Coaching;
        coaching.minutes = rules.coachingMinutes;
        due << observation << coaching;
    } else {
        const int n = std::max(1, rules.ittMaxSessionsPerWeek);
        const int each = (rules.ittWeeklyMentoringMinutes + n - 1) / n;
        for (int k = 0; k < n; ++k) {
            DueSession s = base;
            s.kind = SessionKind::IttMentoring;
            s.ordinal = k;
            s.minutes = each;
            due << s;
        }
    }
    return due;
}

QList<DueSession> DueSessions::inRange(const DateRange &range) const
{
    QList<DueSession> all;
    const QList<QDate> weeks = m_in.time.calendar().schoolWeeks(range);
    for (const MentorAssignment &a : m_in.assignments) {
        for (const QDate &monday : weeks)
            all += forWeek(a, monday, range);
    }
    return all;
}

} // namespace idesk
