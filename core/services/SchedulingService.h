#pragma once

#include "scheduling/ProblemBuilder.h"
#include "storage/Database.h"

namespace idesk {

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

    Result<SchedulingInput> load() const;
    Result<SchedulePlan> plan(const DateRange &range, bool save);
    // The nearest valid slots for a cancelled session: its own week first, then the next.
    Result<QList<SlotOffer>> alternatives(qint64 sessionId, int count = 5) const;

private:
    Database &m_db;
};

} // namespace idesk
