#include "FlagEngine.h"

#include "development/TrainingPace.h"
#include "scheduling/DueSessions.h"
#include "scheduling/InductionYear.h"
#include "util/Dates.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace idesk {

namespace {

// The people and pairings by id, indexed once per run: the checks ask for
// them for every flag and every pairing.
class Index
{
public:
    explicit Index(const FlagInput &in)
    {
        for (const Person &p : in.school.people)
            m_people.insert(p.id, &p);
        for (const MentorAssignment &a : in.school.assignments)
            m_byMentee[a.menteeId].append(&a);
    }
    const Person *person(qint64 id) const { return m_people.value(id); }
    const QList<const MentorAssignment *> pairingsOf(qint64 mentee) const
    {
        return m_byMentee.value(mentee);
    }

private:
    QHash<qint64, const Person *> m_people;
    QHash<qint64, QList<const MentorAssignment *>> m_byMentee;
};

QString nameOf(const Index &ix, qint64 id)
{
    if (const Person *p = ix.person(id))
        return p->displayName();
    return FlagEngine::tr("person %1").arg(id);
}

QString weekText(const SchoolTime &time, QDate monday)
{
    return FlagEngine::tr("the week of %1 (week %2)")
        .arg(Dates::uk(monday))
        .arg(time.weekLabel(monday));
}

const MentorAssignment *currentPairing(const Index &ix, qint64 mentee, PairingKind kind, QDate day)
{
    for (const MentorAssignment *a : ix.pairingsOf(mentee)) {
        if (a->kind == kind && a->period.contains(day))
            return a;
    }
    return nullptr;
}

// Whether the week is the one just gone: a catch-up this week still fits it;
// for a week long gone the advice is to put the record right instead.
bool justGone(QDate weekMonday, QDate today)
{
    return weekMonday.daysTo(SchoolCalendar::mondayOf(today)) <= 7;
}

// A due session (weekly, or once a fortnight) that was not held.
Flag missedFlag(const DueSession &info, const QString &message, QDate today)
{
    Flag f;
    f.kind = FlagKind::MissedSession;
    f.severity = FlagSeverity::Red;
    f.pairingId = info.assignmentId;
    f.menteeId = info.menteeId;
    f.mentorId = info.mentorId;
    f.week = info.weekMonday;
    f.message = message;
    f.action =
        justGone(info.weekMonday, today)
            ? FlagEngine::tr("Hold a catch-up session this week, or record it if it happened.")
            : FlagEngine::tr("Record it if it happened; if not, mark it missed with the reason, "
                             "so the record says why.");
    return f;
}

void missedAndShort(const FlagInput &in, const Index &ix, const DateRange &range, QDate today,
                    QList<Flag> &out)
{
    const SchoolTime &time = in.school.time;
    // Only weeks that are over.
    const QDate lastDay = std::min(range.to, SchoolCalendar::mondayOf(today).addDays(-1));
    if (lastDay < range.from)
        return;
    const DateRange judged{range.from, lastDay};
    // What was due is DueSessions' answer, the one the scheduler plans from.
    const QList<DueSession> dues = DueSessions(in.school).inRange(judged);
    // Sessions by pairing, kind and week.
    using DueKey = QPair<qint64, qint64>;
    const auto dueKey = [](qint64 assignment, SessionKind kind, QDate monday) {
        return DueKey{assignment * 8 + int(kind), monday.toJulianDay()};
    };
    QHash<DueKey, QList<const MentoringSession *>> byDue;
    QHash<QPair<qint64, qint64>, int> ittMinutes;
    for (const MentoringSession &s : in.sessions) {
        byDue[dueKey(s.assignmentId, s.kind, s.weekMonday)].append(&s);
        if (s.status == SessionStatus::Held && s.kind == SessionKind::IttMentoring)
            ittMinutes[{s.assignmentId, s.weekMonday.toJulianDay()}] += s.minutes;
    }
    const auto held = [&](qint64 assignment, SessionKind kind, QDate monday) {
        for (const MentoringSession *s : byDue.value(dueKey(assignment, kind, monday))) {
            if (s->status == SessionStatus::Held)
                return true;
        }
        return false;
    };
    // Fortnightly sessions: one is due in each pair of school weeks.
    QMap<QString, QList<int>> fortnights;
    for (int i = 0; i < dues.size(); ++i) {
        const DueSession &info = dues.at(i);
        if (info.kind == SessionKind::IttMentoring) {
            if (info.ordinal != 0)
                continue;
            const int minutes =
                ittMinutes.value({info.assignmentId, info.weekMonday.toJulianDay()});
            const int wanted = in.school.rules.forDate(info.weekMonday).ittWeeklyMentoringMinutes;
            if (minutes < wanted) {
                Flag f;
                f.kind = FlagKind::IttTimeShort;
                f.severity = minutes == 0 ? FlagSeverity::Red : FlagSeverity::Amber;
                f.pairingId = info.assignmentId;
                f.menteeId = info.menteeId;
                f.mentorId = info.mentorId;
                f.week = info.weekMonday;
                f.message = FlagEngine::tr("%1 had %2 of %3 minutes of mentoring with %4 in %5.")
                                .arg(nameOf(ix, info.menteeId))
                                .arg(minutes)
                                .arg(wanted)
                                .arg(nameOf(ix, info.mentorId), weekText(time, info.weekMonday));
                f.action = justGone(info.weekMonday, today)
                               ? FlagEngine::tr("Add the missing time this week, or record the "
                                                "session if it was held.")
                               : FlagEngine::tr("Record the session if it was held; if not, "
                                                "note why the time was short.");
                out.append(f);
            }
            continue;
        }
        if (info.isFortnightly()) {
            fortnights[QStringLiteral("%1/%2/%3")
                           .arg(info.assignmentId)
                           .arg(int(info.kind))
                           .arg(info.fortnight)]
                .append(i);
            continue;
        }
        if (held(info.assignmentId, info.kind, info.weekMonday))
            continue;
        QString why;
        for (const MentoringSession *s :
             byDue.value(dueKey(info.assignmentId, info.kind, info.weekMonday))) {
            if (s->status == SessionStatus::Cancelled)
                why = FlagEngine::tr(" It was cancelled%1.")
                          .arg(s->cancelReason.isEmpty()
                                   ? QString()
                                   : FlagEngine::tr(": %1").arg(s->cancelReason));
            else if (s->status == SessionStatus::Missed)
                why = FlagEngine::tr(" It was recorded as missed.");
        }
        out.append(missedFlag(
            info,
            FlagEngine::tr("%1 had no %2 with %3 in %4.%5")
                .arg(nameOf(ix, info.menteeId), SessionKinds::displayName(info.kind).toLower(),
                     nameOf(ix, info.mentorId), weekText(time, info.weekMonday), why),
            today));
    }
    for (const QList<int> &weeks : std::as_const(fortnights)) {
        // Judge a fortnight only when both its weeks are over.
        const DueSession &lastDue = dues.at(weeks.last());
        if (lastDue.parity == 0) {
            const QList<QDate> after = time.calendar().schoolWeeks(
                {lastDue.weekMonday.addDays(7), lastDue.weekMonday.addDays(70)});
            if (!after.isEmpty() && after.first() > lastDay)
                continue;
        }
        bool done = false;
        for (int i : weeks)
            done = done || held(dues.at(i).assignmentId, dues.at(i).kind, dues.at(i).weekMonday);
        if (done)
            continue;
        const DueSession &info = dues.at(weeks.last());
        out.append(missedFlag(info,
                              FlagEngine::tr("%1 had no %2 with %3 in the fortnight to %4.")
                                  .arg(nameOf(ix, info.menteeId),
                                       SessionKinds::displayName(info.kind).toLower(),
                                       nameOf(ix, info.mentorId), weekText(time, info.weekMonday)),
                              today));
    }
}

void outsideHours(const FlagInput &in, const Index &ix, const DateRange &range, QList<Flag> &out)
{
    const SchoolTime &time = in.school.time;
    QHash<qint64, const MentorAssignment *> pairings;
    for (const MentorAssignment &a : in.school.assignments)
        pairings.insert(a.id, &a);
    for (const MentoringSession &s : in.sessions) {
        if (!range.contains(s.day) ||
            (s.status != SessionStatus::Held && s.status != SessionStatus::Planned))
            continue;
        const MentorAssignment *a = pairings.value(s.assignmentId);
        if (!a)
            continue;
        const QDateTime at(s.day, s.start, Qt::UTC);
        Flag f;
        f.pairingId = a->id;
        f.menteeId = a->menteeId;
        f.mentorId = a->mentorId;
        f.sessionId = s.id;
        f.week = SchoolCalendar::mondayOf(s.day);
        const QString when = FlagEngine::tr("%1 at %2")
                                 .arg(Dates::uk(s.day), s.start.toString(QStringLiteral("HH:mm")));
        if (!time.isInContractedTime(a->mentorId, at, s.minutes) ||
            !time.isInContractedTime(a->menteeId, at, s.minutes)) {
            f.kind = FlagKind::OutsideContractedTime;
            f.severity = FlagSeverity::Red;
            f.message = FlagEngine::tr("The %1 with %2 and %3 on %4 is outside contracted time.")
                            .arg(SessionKinds::displayName(s.kind).toLower(),
                                 nameOf(ix, a->mentorId), nameOf(ix, a->menteeId), when);
            f.action = FlagEngine::tr("Move it into the working day of both of them.");
            out.append(f);
        } else if (!time.isInTeachingHours(at)) {
            f.kind = FlagKind::OutsideTeachingHours;
            f.severity = FlagSeverity::Amber;
            f.message = FlagEngine::tr("The %1 with %2 and %3 on %4 is outside teaching hours "
                                       "(exceptional).%5")
                            .arg(SessionKinds::displayName(s.kind).toLower(),
                                 nameOf(ix, a->mentorId), nameOf(ix, a->menteeId), when,
                                 s.exceptionalReason.isEmpty()
                                     ? QString()
                                     : QLatin1Char(' ') + s.exceptionalReason + QLatin1Char('.'));
            f.action = FlagEngine::tr("Look for a shared free lesson for next time.");
            out.append(f);
        }
    }
}

void pairingChecks(const FlagInput &in, const Index &ix, QDate today, QList<Flag> &out)
{
    for (const Induction &i : in.school.inductions) {
        if (!i.isActiveOn(today) || currentPairing(ix, i.personId, PairingKind::Ect, today))
            continue;
        Flag f;
        f.kind = FlagKind::NoMentor;
        f.severity = FlagSeverity::Red;
        f.menteeId = i.personId;
        f.message =
            FlagEngine::tr("%1 is in induction and has no mentor.").arg(nameOf(ix, i.personId));
        f.action = FlagEngine::tr("Assign a mentor (Pairings > Assign Mentor).");
        out.append(f);
    }
    for (const Placement &p : in.school.placements) {
        if (!p.period.contains(today) || currentPairing(ix, p.personId, PairingKind::Itt, today))
            continue;
        Flag f;
        f.kind = FlagKind::NoMentor;
        f.severity = FlagSeverity::Red;
        f.menteeId = p.personId;
        f.message = FlagEngine::tr("%1 is on placement and has no general mentor.")
                        .arg(nameOf(ix, p.personId));
        f.action = FlagEngine::tr("Assign a general mentor (Pairings > Assign Mentor).");
        out.append(f);
    }
    for (const MentorAssignment &a : in.school.assignments) {
        if (!a.period.contains(today))
            continue;
        const Person *mentor = ix.person(a.mentorId);
        Flag f;
        f.pairingId = a.id;
        f.menteeId = a.menteeId;
        f.mentorId = a.mentorId;
        f.severity = FlagSeverity::Amber;
        if (mentor && !mentor->hasQtsOn(today) &&
            !a.acknowledged.contains(AssignmentWarning::NoQts)) {
            f.kind = FlagKind::MentorWithoutQts;
            f.message = FlagEngine::tr("%1 mentors %2 without QTS, and nobody has acknowledged it.")
                            .arg(nameOf(ix, a.mentorId), nameOf(ix, a.menteeId));
            f.action =
                FlagEngine::tr("Check the choice and acknowledge it, or replace the mentor.");
            out.append(f);
        }
        if (in.inductionTutors.contains(a.mentorId) &&
            !a.acknowledged.contains(AssignmentWarning::InductionTutor)) {
            f.kind = FlagKind::MentorIsInductionTutor;
            f.message = FlagEngine::tr("%1 is both the induction tutor and %2's mentor, and nobody "
                                       "has acknowledged it.")
                            .arg(nameOf(ix, a.mentorId), nameOf(ix, a.menteeId));
            f.action = FlagEngine::tr("Acknowledge it, or choose another mentor.");
            out.append(f);
        }
    }
}

void trainingPace(const FlagInput &in, const Index &ix, QDate today, QList<Flag> &out)
{
    QSet<qint64> mentors;
    for (const MentorTraining &t : in.programmes)
        mentors.insert(t.mentorId);
    for (qint64 mentorId : std::as_const(mentors)) {
        // Only mentors who still mentor.
        const bool mentoring =
            std::any_of(in.school.assignments.cbegin(), in.school.assignments.cend(),
                        [&](const MentorAssignment &a) {
                            return a.mentorId == mentorId && a.period.contains(today);
                        });
        if (!mentoring)
            continue;
        for (const MentorTraining &t : TrainingPace::current(in.programmes, mentorId, today)) {
            const ProgrammePace pace = TrainingPace::assess(
                t, in.school.rules, in.training, today, TrainingPace::countFrom(t, in.programmes));
            if (!pace.behind)
                continue;
            Flag f;
            f.kind = FlagKind::TrainingBehind;
            f.severity = FlagSeverity::Amber;
            f.mentorId = mentorId;
            if (pace.expected - pace.done > pace.refresherExpected - pace.refresherDone)
                f.message =
                    FlagEngine::tr("%1 has %2 of the %3 hours of mentor training expected by now "
                                   "(%4 hours over %n year(s) from %5).",
                                   nullptr, pace.years)
                        .arg(nameOf(ix, mentorId))
                        .arg(pace.done, 0, 'g', 3)
                        .arg(pace.expected, 0, 'f', 1)
                        .arg(pace.hours)
                        .arg(Dates::uk(t.start));
            else
                f.message = FlagEngine::tr("%1 has %2 of the %3 refresher hours expected by now "
                                           "this year (%4 a year).")
                                .arg(nameOf(ix, mentorId))
                                .arg(pace.refresherDone, 0, 'g', 3)
                                .arg(pace.refresherExpected, 0, 'f', 1)
                                .arg(pace.refresherPerYear);
            f.action = FlagEngine::tr("Book the next training session or clinic, and record the "
                                      "hours done.");
            out.append(f);
        }
    }
}

void absencesAndReviews(const FlagInput &in, const Index &ix, QDate today, QList<Flag> &out)
{
    const SchoolCalendar &calendar = in.school.time.calendar();
    for (const Induction &i : in.school.inductions) {
        if (!i.isActiveOn(today))
            continue;
        const RuleSet &rules = in.school.rules.forDate(today);
        // The induction year under way: by terms served, each year is half.
        const int year = InductionYear::yearOn(i, calendar, today, rules.inductionTermsFte);
        QDate yearFrom = i.start;
        if (year == 2) {
            for (QDate d = i.start; d <= today; d = d.addDays(7)) {
                if (InductionYear::yearOn(i, calendar, d, rules.inductionTermsFte) == 2) {
                    yearFrom = d;
                    break;
                }
            }
        }
        const int days = FlagEngine::countedAbsenceDays(in, i.personId, {yearFrom, today});
        if (days >= rules.absenceExtensionDays) {
            Flag f;
            f.kind = FlagKind::AbsenceExtension;
            f.severity = FlagSeverity::Red;
            f.menteeId = i.personId;
            f.message = FlagEngine::tr("%1 has been absent %2 school days in year %3 of induction: "
                                       "%4 or more extends that year by the days absent.")
                            .arg(nameOf(ix, i.personId))
                            .arg(days)
                            .arg(year)
                            .arg(rules.absenceExtensionDays);
            f.action = FlagEngine::tr("Tell the appropriate body; the induction is extended.");
            out.append(f);
        }
        const Term *term = calendar.termContaining(today);
        if (!term)
            continue;
        const double before = InductionYear::termsServed(i, calendar, term->period.from);
        const double after = InductionYear::termsServed(i, calendar, term->period.to.addDays(1));
        const double half = rules.inductionTermsFte / 2.0;
        const bool formal =
            (before < half - 1e-6 && after >= half - 1e-6) ||
            (before < rules.inductionTermsFte - 1e-6 && after >= rules.inductionTermsFte - 1e-6);
        Flag f;
        f.kind = FlagKind::ReviewDue;
        f.severity = FlagSeverity::Amber;
        f.menteeId = i.personId;
        if (const MentorAssignment *a = currentPairing(ix, i.personId, PairingKind::Ect, today)) {
            f.pairingId = a->id;
            f.mentorId = a->mentorId;
        }
        f.message =
            formal ? FlagEngine::tr("%1's formal assessment is due by the end of the %2.")
                         .arg(nameOf(ix, i.personId), TermKinds::displayName(term->kind).toLower())
                   : FlagEngine::tr("%1's progress review is due this %2.")
                         .arg(nameOf(ix, i.personId), TermKinds::displayName(term->kind).toLower());
        f.action = formal ? FlagEngine::tr("Arrange it; the report goes to the appropriate body "
                                           "within 10 working days.")
                          : FlagEngine::tr("Arrange the review with the ECT and their mentor.");
        out.append(f);
    }
}

} // namespace

QStringList FlagEngine::excludedAbsenceKinds()
{
    return {QStringLiteral("maternity"),
            QStringLiteral("paternity"),
            QStringLiteral("adoption"),
            QStringLiteral("shared-parental"),
            QStringLiteral("parental-bereavement"),
            QStringLiteral("carers")};
}

int FlagEngine::countedAbsenceDays(const FlagInput &in, qint64 personId, const DateRange &period)
{
    QSet<QDate> days;
    for (const Absence &a : in.school.absences) {
        if (a.personId != personId || excludedAbsenceKinds().contains(a.kind))
            continue;
        for (QDate d = std::max(a.period.from, period.from);
             d.isValid() && d <= a.period.to && d <= period.to; d = d.addDays(1)) {
            if (in.school.time.isWorkingSchoolDay(personId, d))
                days.insert(d);
        }
    }
    return int(days.size());
}

QList<Flag> FlagEngine::flags(const FlagInput &input, const DateRange &range, QDate today)
{
    QList<Flag> out;
    const Index ix(input);
    missedAndShort(input, ix, range, today, out);
    outsideHours(input, ix, range, out);
    if (range.contains(today) || range.to >= today) {
        pairingChecks(input, ix, today, out);
        trainingPace(input, ix, today, out);
        absencesAndReviews(input, ix, today, out);
    }
    order(out);
    return out;
}

QList<Flag> FlagEngine::sessionFlags(const FlagInput &input, const DateRange &range, QDate today)
{
    QList<Flag> out;
    const Index ix(input);
    missedAndShort(input, ix, range, today, out);
    outsideHours(input, ix, range, out);
    order(out);
    return out;
}

QList<Flag> FlagEngine::withSessionFlagsOf(const QList<Flag> &before, const FlagInput &input,
                                           const DateRange &range, QDate today,
                                           const QSet<qint64> &pairings)
{
    // Only those pairings and their sessions: what is due is worked out for
    // them alone. People stay whole, for the names.
    FlagInput part;
    part.school = input.school;
    part.school.assignments.removeIf(
        [&](const MentorAssignment &a) { return !pairings.contains(a.id); });
    for (const MentoringSession &s : input.sessions) {
        if (pairings.contains(s.assignmentId))
            part.sessions.append(s);
    }
    QList<Flag> out = before;
    out.removeIf(
        [&](const Flag &f) { return pairings.contains(f.pairingId) && isAboutSessions(f.kind); });
    out.append(sessionFlags(part, range, today));
    order(out);
    return out;
}

bool FlagEngine::isAboutSessions(FlagKind kind)
{
    switch (kind) {
    case FlagKind::MissedSession:
    case FlagKind::IttTimeShort:
    case FlagKind::OutsideTeachingHours:
    case FlagKind::OutsideContractedTime:
        return true;
    default:
        return false;
    }
}

void FlagEngine::order(QList<Flag> &flags)
{
    std::stable_sort(flags.begin(), flags.end(), [](const Flag &a, const Flag &b) {
        if (a.severity != b.severity)
            return a.severity == FlagSeverity::Red;
        if (a.week != b.week)
            return a.week > b.week;
        return std::tie(a.pairingId, a.menteeId, a.kind, a.sessionId, a.message) <
               std::tie(b.pairingId, b.menteeId, b.kind, b.sessionId, b.message);
    });
}

} // namespace idesk
