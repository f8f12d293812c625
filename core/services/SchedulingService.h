#pragma once

#include "scheduling/ProblemBuilder.h"
#include "storage/SchoolTimeLoader.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <atomic>

namespace idesk {

class Database;

struct UnplacedSession
{
    DueInfo due;
    QString reason; // in words, with what would make a slot
};

struct SchedulePlan
{
    QList<MentoringSession> planned; // placed by this run
    QList<MentoringSession> kept;    // held, cancelled, missed or hand-placed: not moved
    QList<UnplacedSession> unplaced;
    Objective objective;
    bool optimal = true;
    bool cancelled = false;
};

// Everything a plan needs, read from the database; solving it touches no
// database, so it can run off the GUI thread.
struct PlanningJob
{
    DateRange range;
    SchedulingInput input;
    BuiltProblem built;
    QList<MentoringSession> kept;
};

// A free slot offered when a session is cancelled.
struct SlotOffer
{
    QDate day;
    qint64 periodId = 0;
    QTime start;
    bool outsideTeaching = false;
};

// Plans mentoring for any date range, past weeks included, and keeps the
// plan: sessions already held, cancelled, missed or placed by hand stay
// where they are, and the sessions they stand for are not planned again.
class SchedulingService
{
    Q_DECLARE_TR_FUNCTIONS(SchedulingService)
public:
    explicit SchedulingService(Database &db)
        : m_db(db)
    {}

    // The school as the scheduler reads it; without the lessons, as the
    // flags read it (what was due needs the days, not the lessons).
    Result<SchedulingInput>
    load(SchoolTimeLoader::Lessons lessons = SchoolTimeLoader::Lessons::Included) const;
    Result<SchedulePlan> plan(const DateRange &range, bool save);
    // The same in three steps, for the app: read, solve (any thread), save.
    Result<PlanningJob> prepare(const DateRange &range) const;
    static SchedulePlan solve(const PlanningJob &job, const std::atomic_bool *cancel = nullptr);
    // One pairing's due sessions in the range, placed around every other
    // session there (none of which moves); not saved. A replacement mentor
    // takes over the pairing's future sessions this way.
    Result<SchedulePlan> planPairing(qint64 assignmentId, const DateRange &range) const;
    // Replaces what the scheduler planned before in the range, in one transaction.
    Status save(const DateRange &range, SchedulePlan &plan);
    // The nearest valid slots for a cancelled session: its own week first, then the next.
    Result<QList<SlotOffer>> alternatives(qint64 sessionId, int count = 5) const;

private:
    // What a plan of `range` reads: the school, and the sessions in and next to it.
    Result<SchedulingInput> loadAround(const DateRange &range,
                                       QList<MentoringSession> &sessions) const;

    Database &m_db;
};

} // namespace idesk
