#include "SchedulingService.h"

#include "storage/Database.h"

#include "scheduling/Scheduler.h"
#include "storage/AssignmentRepository.h"
#include "storage/AvailabilityRepository.h"
#include "storage/InductionRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/SchoolTimeLoader.h"
#include "storage/SessionRepository.h"

#include <QSet>

namespace idesk {

namespace {
QString dueKey(qint64 assignment, SessionKind kind, int ordinal, QDate week)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(assignment)
        .arg(int(kind))
        .arg(ordinal)
        .arg(week.toString(Qt::ISODate));
}

// Drops the due items in `skip`, and those of other pairings when `only` is
// set, keeping the "must follow" links right.
BuiltProblem without(const BuiltProblem &built, const QSet<QString> &skip, qint64 only = 0)
{
    BuiltProblem out;
    QHash<int, int> moved;
    for (int i = 0; i < built.problem.dues.size(); ++i) {
        const DueInfo &info = built.info.at(i);
        if (skip.contains(dueKey(info.assignmentId, info.kind, info.ordinal, info.weekMonday)) ||
            (only > 0 && info.assignmentId != only))
            continue;
        moved.insert(i, int(out.problem.dues.size()));
        DueItem due = built.problem.dues.at(i);
        due.mustFollow = moved.value(due.mustFollow, -1);
        out.problem.dues.append(due);
        out.info.append(info);
        out.starts.append(built.starts.at(i));
    }
    return out;
}
} // namespace

Result<SchedulingInput> SchedulingService::load(SchoolTimeLoader::Lessons lessons) const
{
    SchedulingInput in;
    auto time = SchoolTimeLoader::load(m_db, lessons);
    if (!time)
        return time.error();
    in.time = *time;
    in.rules = SchoolRepository(m_db).ruleSets();
    auto people = PersonRepository(m_db).all();
    auto assignments = AssignmentRepository(m_db).all();
    auto inductions = InductionRepository(m_db).all();
    auto placements = PlacementRepository(m_db).all();
    auto absences = AvailabilityRepository(m_db).absences();
    auto blocked = AvailabilityRepository(m_db).blockedTimes();
    for (const Status &s : {Status(people ? Status::success() : Status(people.error())),
                            assignments ? Status::success() : Status(assignments.error()),
                            inductions ? Status::success() : Status(inductions.error()),
                            placements ? Status::success() : Status(placements.error()),
                            absences ? Status::success() : Status(absences.error()),
                            blocked ? Status::success() : Status(blocked.error())}) {
        if (!s)
            return s.error();
    }
    in.people = *people;
    in.assignments = *assignments;
    in.inductions = *inductions;
    in.placements = *placements;
    in.absences = *absences;
    in.blocked = *blocked;
    return in;
}

Result<SchedulingInput> SchedulingService::loadAround(const DateRange &range,
                                                      QList<MentoringSession> &sessions) const
{
    if (!range.isValid() || range.isOpenEnded())
        return Error::invalid(tr("Planning needs a first and a last day, in order"));
    auto in = load();
    if (!in)
        return in.error();
    // A week either side: sessions there still take their people's time.
    auto existing = SessionRepository(m_db).inWeeks({range.from.addDays(-7), range.to.addDays(7)});
    if (!existing)
        return existing.error();
    sessions = *existing;
    return in;
}

Result<PlanningJob> SchedulingService::prepare(const DateRange &range) const
{
    QList<MentoringSession> sessions;
    auto in = loadAround(range, sessions);
    if (!in)
        return in.error();
    const QList<MentoringSession> *existing = &sessions;
    PlanningJob job;
    job.range = range;
    QSet<QString> covered;
    for (const MentoringSession &s : std::as_const(*existing)) {
        if (s.isMovable())
            continue;
        in->kept.append(s);
        if (range.contains(s.day) || range.contains(s.weekMonday)) {
            job.kept.append(s);
            covered.insert(dueKey(s.assignmentId, s.kind, s.ordinal, s.weekMonday));
        }
    }
    job.input = *in;
    job.built = without(ProblemBuilder::build(job.input, range), covered);
    return job;
}

Result<SchedulePlan> SchedulingService::planPairing(qint64 assignmentId,
                                                    const DateRange &range) const
{
    QList<MentoringSession> sessions;
    auto in = loadAround(range, sessions);
    if (!in)
        return in.error();
    const QList<MentoringSession> *existing = &sessions;
    // The mentee's other pairings of the same kind (the one replaced): a
    // session they still have in a week counts for that week.
    QSet<qint64> same{assignmentId};
    for (const MentorAssignment &a : std::as_const(in->assignments)) {
        if (a.id == assignmentId) {
            for (const MentorAssignment &b : std::as_const(in->assignments)) {
                if (b.menteeId == a.menteeId && b.kind == a.kind)
                    same.insert(b.id);
            }
        }
    }
    PlanningJob job;
    job.range = range;
    QSet<QString> covered;
    for (const MentoringSession &s : std::as_const(*existing)) {
        // Everyone else's sessions, planned ones too, stay where they are.
        if (s.assignmentId == assignmentId && s.isMovable())
            continue;
        in->kept.append(s);
        if (same.contains(s.assignmentId) && s.status != SessionStatus::Cancelled)
            covered.insert(dueKey(assignmentId, s.kind, s.ordinal, s.weekMonday));
    }
    job.input = *in;
    job.built = without(ProblemBuilder::build(job.input, range), covered, assignmentId);
    return solve(job);
}

Result<SchedulePlan> SchedulingService::plan(const DateRange &range, bool save)
{
    auto job = prepare(range);
    if (!job)
        return job.error();
    SchedulePlan result = solve(*job);
    if (save) {
        if (auto s = this->save(range, result); !s)
            return s.error();
    }
    return result;
}

SchedulePlan SchedulingService::solve(const PlanningJob &job, const std::atomic_bool *cancel)
{
    const SchedulingInput *in = &job.input;
    const BuiltProblem &built = job.built;
    SchedulePlan result;
    result.kept = job.kept;
    const SchedulingSolution solution = Scheduler::solve(built.problem, 20'000'000, cancel);
    result.objective = solution.objective;
    result.optimal = solution.optimal;
    result.cancelled = solution.cancelled;
    for (int i = 0; i < built.problem.dues.size(); ++i) {
        if (!solution.due.at(i))
            continue; // the other week of a fortnightly pair
        const DueInfo &info = built.info.at(i);
        const int c = solution.choice.at(i);
        if (c < 0) {
            result.unplaced.append({info, ProblemBuilder::whyUnplaced(*in, info)});
            continue;
        }
        const Candidate &cand = built.problem.dues.at(i).candidates.at(c);
        MentoringSession s;
        s.assignmentId = info.assignmentId;
        s.kind = info.kind;
        s.ordinal = info.ordinal;
        s.weekMonday = info.weekMonday;
        s.day = cand.date;
        s.periodId = cand.periodId;
        s.start = built.starts.at(i).at(c);
        s.minutes = info.minutes;
        if (cand.outsideTeaching) {
            const auto &all = built.problem.dues.at(i).candidates;
            const bool hadLesson = std::any_of(
                all.cbegin(), all.cend(), [](const Candidate &x) { return !x.outsideTeaching; });
            s.exceptionalReason =
                hadLesson ? tr("Outside teaching hours: no free lesson the pair share that week "
                               "fits after the observation and around other sessions")
                          : tr("Outside teaching hours: the pair share no free lesson that week");
        }
        result.planned.append(s);
    }
    std::sort(result.planned.begin(), result.planned.end(),
              [](const MentoringSession &a, const MentoringSession &b) {
                  return a.day < b.day || (a.day == b.day && a.start < b.start);
              });
    return result;
}

Status SchedulingService::save(const DateRange &range, SchedulePlan &plan)
{
    if (plan.cancelled)
        return Error::refused(tr("Planning was cancelled; nothing was saved"));
    SessionRepository sessions(m_db);
    return m_db.write([&]() -> Status {
        if (auto r = sessions.removeMovable(range); !r)
            return r;
        for (MentoringSession &session : plan.planned) {
            auto id = sessions.insert(session);
            if (!id)
                return id.error();
            session.id = *id;
        }
        return Status::success();
    });
}

Result<QList<SlotOffer>> SchedulingService::alternatives(qint64 sessionId, int count) const
{
    auto session = SessionRepository(m_db).byId(sessionId);
    if (!session)
        return session.error();
    auto in = load();
    if (!in)
        return in.error();
    const DateRange weeks{session->weekMonday, session->weekMonday.addDays(13)};
    auto existing = SessionRepository(m_db).inWeeks(weeks);
    if (!existing)
        return existing.error();
    for (const MentoringSession &s : std::as_const(*existing)) {
        if (s.id != sessionId && s.status != SessionStatus::Cancelled)
            in->kept.append(s);
    }
    const BuiltProblem built = ProblemBuilder::build(*in, weeks);
    const QDateTime was(session->day, session->start, Qt::UTC);
    QList<QPair<qint64, SlotOffer>> found; // (week rank and distance, offer)
    for (int i = 0; i < built.problem.dues.size(); ++i) {
        const DueInfo &info = built.info.at(i);
        if (info.assignmentId != session->assignmentId || info.kind != session->kind ||
            info.ordinal != session->ordinal)
            continue;
        const qint64 weekRank = info.weekMonday == session->weekMonday ? 0 : 1;
        for (int c = 0; c < built.problem.dues.at(i).candidates.size(); ++c) {
            const Candidate &cand = built.problem.dues.at(i).candidates.at(c);
            const QDateTime at(cand.date, built.starts.at(i).at(c), Qt::UTC);
            if (at == was)
                continue;
            const qint64 distance = std::abs(was.secsTo(at));
            found.append(
                {weekRank * 1'000'000'000 + distance,
                 {cand.date, cand.periodId, built.starts.at(i).at(c), cand.outsideTeaching}});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<SlotOffer> offers;
    for (const auto &f : std::as_const(found)) {
        if (offers.size() == count)
            break;
        offers.append(f.second);
    }
    return offers;
}

} // namespace idesk
