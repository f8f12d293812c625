#include "TermlyReportBuilder.h"

#include "util/BidiText.h"

#include "development/TrainingPace.h"
#include "scheduling/DueSessions.h"
#include "scheduling/InductionYear.h"
#include "util/Dates.h"

#include <QMap>
#include <QSet>

namespace idesk {

TermlyReport TermlyReportBuilder::build(const FlagInput &in, const QString &school,
                                        const DateRange &range, const QString &period, QDate today,
                                        const Choice &choice)
{
    TermlyReport report;
    report.school = school;
    report.period = period;
    report.range = range;
    report.produced = today;
    QHash<qint64, const Person *> people;
    for (const Person &p : in.school.people)
        people.insert(p.id, &p);
    const auto name = [&](qint64 id) {
        const Person *p = people.value(id);
        return p ? p->displayName() : QString();
    };
    // Who is in the report: pairings that overlap the period.
    QList<const MentorAssignment *> pairings;
    for (const MentorAssignment &a : in.school.assignments) {
        if (!a.period.overlaps(range))
            continue;
        if (choice.menteeId && a.menteeId != choice.menteeId)
            continue;
        if (choice.mentorId && a.mentorId != choice.mentorId)
            continue;
        pairings.append(&a);
    }
    QSet<qint64> pairingIds;
    QMap<QString, qint64> menteesByName, mentorsByName;
    for (const MentorAssignment *a : std::as_const(pairings)) {
        pairingIds.insert(a->id);
        menteesByName.insert(name(a->menteeId) + QString::number(a->menteeId), a->menteeId);
        mentorsByName.insert(name(a->mentorId) + QString::number(a->mentorId), a->mentorId);
    }
    const QDate judgeDay = std::min(today, range.to.addDays(1));
    const QList<Flag> flags = FlagEngine::flags(in, range, judgeDay);
    const QList<DueSession> dues = DueSessions(in.school).inRange(range);
    const QList<QDate> weeks = in.school.time.calendar().schoolWeeks(range);
    // Indexes by mentee, so a trust of hundreds is not quadratic.
    QHash<qint64, qint64> menteeOf; // pairing -> mentee
    for (const MentorAssignment *a : std::as_const(pairings))
        menteeOf.insert(a->id, a->menteeId);
    QHash<qint64, QList<int>> duesOf;
    for (int i = 0; i < dues.size(); ++i) {
        if (pairingIds.contains(dues.at(i).assignmentId))
            duesOf[dues.at(i).menteeId].append(i);
    }
    QHash<qint64, QList<const MentoringSession *>> sessionsOf;
    for (const MentoringSession &s : in.sessions) {
        if (range.contains(s.day) && menteeOf.contains(s.assignmentId))
            sessionsOf[menteeOf.value(s.assignmentId)].append(&s);
    }
    QHash<qint64, QList<const Flag *>> flagsOf;
    for (const Flag &f : flags)
        flagsOf[f.menteeId].append(&f);

    for (qint64 mentee : std::as_const(menteesByName)) {
        MenteeSummary m;
        m.personId = mentee;
        m.name = name(mentee);
        bool ect = false;
        for (const MentorAssignment *a : std::as_const(pairings)) {
            if (a->menteeId != mentee)
                continue;
            ect = ect || a->kind == PairingKind::Ect;
            m.mentors.append(
                a->period.isOpenEnded() || a->period.to > range.to
                    ? tr("%1, from %2")
                          .arg(BidiText::isolated(name(a->mentorId)), Dates::uk(a->period.from))
                    : tr("%1, %2 to %3")
                          .arg(BidiText::isolated(name(a->mentorId)), Dates::uk(a->period.from),
                               Dates::uk(a->period.to)));
        }
        if (ect) {
            const Induction *induction = nullptr;
            for (const Induction &i : in.school.inductions) {
                if (i.personId == mentee && (!induction || i.start > induction->start))
                    induction = &i;
            }
            const int year =
                induction
                    ? InductionYear::yearOn(*induction, in.school.time.calendar(), range.from, 6.0)
                    : 1;
            m.programme = tr("Early career teacher, year %1 of induction").arg(year);
        } else {
            QString provider;
            for (const Placement &p : in.school.placements) {
                if (p.personId == mentee && p.period.overlaps(range))
                    provider = p.provider;
            }
            m.programme = provider.isEmpty()
                              ? tr("Trainee teacher")
                              : tr("Trainee teacher (%1)").arg(BidiText::isolated(provider));
        }
        // Due: fortnightly sessions count once per fortnight (half of each parity pair).
        QSet<QString> seen;
        int fortnightly = 0;
        for (int i : duesOf.value(mentee)) {
            const DueSession &d = dues.at(i);
            const QString key = QStringLiteral("%1/%2/%3/%4")
                                    .arg(d.assignmentId)
                                    .arg(int(d.kind))
                                    .arg(d.ordinal)
                                    .arg(d.weekMonday.toString(Qt::ISODate));
            if (seen.contains(key))
                continue;
            seen.insert(key);
            if (d.parityGroup >= 0)
                ++fortnightly;
            else
                ++m.due;
        }
        m.due += (fortnightly + 1) / 2;
        QHash<QDate, int> minutes;
        for (const MentoringSession *session : sessionsOf.value(mentee)) {
            const MentoringSession &s = *session;
            if (s.status == SessionStatus::Held) {
                ++m.held;
                m.observations += s.kind == SessionKind::Observation ? 1 : 0;
                m.exceptional +=
                    s.exceptionalReason.isEmpty() &&
                            in.school.time.isInTeachingHours(QDateTime(s.day, s.start, Qt::UTC))
                        ? 0
                        : 1;
                minutes[SchoolCalendar::mondayOf(s.day)] += s.minutes;
            } else if (s.status == SessionStatus::Cancelled) {
                ++m.cancelled;
            }
        }
        for (const QDate &w : weeks)
            m.weeklyMinutes.append({w, minutes.value(w)});
        bool red = false, amber = false;
        for (const Flag *flag : flagsOf.value(mentee)) {
            const Flag &f = *flag;
            if (f.kind == FlagKind::MissedSession || f.kind == FlagKind::IttTimeShort) {
                ++m.missed;
                m.weeksMissed.append({f.week, f.message});
            } else {
                m.flags.append({f.message, f.action});
            }
            red = red || f.severity == FlagSeverity::Red;
            amber = amber || f.severity == FlagSeverity::Amber;
        }
        m.status = red ? Rag::Red : amber ? Rag::Amber : Rag::Green;
        report.mentees.append(m);
    }

    for (qint64 mentor : std::as_const(mentorsByName)) {
        if (choice.menteeId)
            break; // a mentee's own summary
        MentorSummary s;
        s.personId = mentor;
        s.name = name(mentor);
        for (const MentorAssignment *a : std::as_const(pairings)) {
            if (a->mentorId == mentor && !s.mentees.contains(name(a->menteeId)))
                s.mentees.append(name(a->menteeId));
        }
        const MentorTraining *programme = nullptr;
        for (const MentorTraining &t : in.programmes) {
            if (t.mentorId == mentor && t.start <= range.to &&
                (!programme || t.start > programme->start))
                programme = &t;
        }
        for (const TrainingActivity &a : in.training) {
            if (a.mentorId != mentor || a.day > range.to)
                continue;
            if (programme && a.day < programme->start)
                continue;
            s.trainingHours += a.attended ? a.hours : 0.0;
            s.events.append({Dates::uk(a.day), TrainingPace::eventName(a.event),
                             QString::number(a.hours),
                             a.attended ? tr("attended") : tr("not attended")});
        }
        if (programme) {
            const RuleSet &rules = in.school.rules.forDate(programme->start);
            const double hours = programme->programme == TrainingProgramme::EctMentor
                                     ? rules.ectMentorTrainingHours
                                     : rules.ittGeneralMentorInitialHours;
            const double years = programme->programme == TrainingProgramme::EctMentor
                                     ? std::max(1, rules.ectMentorTrainingYears)
                                     : 1;
            s.expectedHours =
                hours * std::min(1.0, double(programme->start.daysTo(range.to)) / (365.25 * years));
        }
        report.mentors.append(s);
    }
    return report;
}

} // namespace idesk
