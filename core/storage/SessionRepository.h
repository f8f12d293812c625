#pragma once

#include "domain/MentoringSession.h"
#include "storage/Database.h"
#include "util/DateRange.h"

namespace idesk {

class SessionRepository
{
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)
public:
    explicit SessionRepository(Database &db)
        : m_db(db)
    {}

    // Sessions due in school weeks starting within `range` (all when open).
    Result<QList<MentoringSession>> inWeeks(const DateRange &range) const;
    // The same, of these pairings only.
    Result<QList<MentoringSession>> inWeeksOf(const DateRange &range,
                                              const QSet<qint64> &pairings) const;
    Result<MentoringSession> byId(qint64 id) const;
    // Whether any session is planned or recorded on a day in `range`.
    Result<bool> anyOn(const DateRange &range) const;
    // Every session of these pairings, oldest first.
    Result<QList<MentoringSession>> forAssignments(const QList<qint64> &ids) const;
    // A session with an id gets that id back (an undo restoring a row).
    Result<qint64> insert(const MentoringSession &session);
    Status update(const MentoringSession &session);
    Status remove(qint64 id);
    // Removes what the scheduler planned and nobody touched, in those weeks.
    Status removeMovable(const DateRange &range);

private:
    Result<QList<MentoringSession>> inWeeksWhere(const DateRange &range, const QString &also,
                                                 const QVariantList &alsoParams) const;

    Database &m_db;
};

} // namespace idesk
