#include "SessionUpdate.h"

#include "storage/SessionRepository.h"
#include "util/Dates.h"

#include <QCoreApplication>

namespace idesk {

namespace {
QString describe(const MentoringSession &s)
{
    return QCoreApplication::translate("SessionUpdate", "%1 on %2, %3")
        .arg(SessionKinds::displayName(s.kind), Dates::uk(s.day),
             SessionStatuses::displayName(s.status));
}

// Writes `to` over a session that must still read as `expected`.
Status rewrite(SessionRepository &repo, const MentoringSession &expected,
               const MentoringSession &to)
{
    auto now = repo.byId(expected.id);
    if (!now)
        return now.error();
    if (!(*now == expected))
        return Error::refused(QCoreApplication::translate(
                                  "SessionUpdate",
                                  "The session was changed meanwhile, perhaps by a colleague or "
                                  "the command line, so this was not saved. It was: %1. It is "
                                  "now: %2.")
                                  .arg(describe(expected), describe(*now)));
    return repo.update(to);
}
} // namespace

SessionUpdate::SessionUpdate(QString text, QList<Rewrite> rewrites,
                             std::optional<MentoringSession> made)
    : Change(std::move(text), Topic::Sessions)
    , m_rewrites(std::move(rewrites))
    , m_made(std::move(made))
{}

bool SessionUpdate::mergeWith(const Change &next)
{
    const auto *other = dynamic_cast<const SessionUpdate *>(&next);
    if (!other || m_mergeKey < 0 || other->m_mergeKey != m_mergeKey || m_made || other->m_made ||
        m_rewrites.size() != 1 || other->m_rewrites.size() != 1 ||
        !(other->m_rewrites.first().before == m_rewrites.first().after))
        return false;
    m_rewrites.first().after = other->m_rewrites.first().after;
    return true;
}

QSet<qint64> SessionUpdate::sessionsOfPairings() const
{
    QSet<qint64> ids;
    for (const Rewrite &r : m_rewrites)
        ids << r.before.assignmentId << r.after.assignmentId;
    if (m_made)
        ids.insert(m_made->assignmentId);
    ids.remove(0);
    return ids;
}

Status SessionUpdate::apply(Database &db)
{
    SessionRepository repo(db);
    if (m_made) {
        auto id = repo.insert(*m_made);
        if (!id)
            return id.error();
        m_madeId = *id;
        if (!m_rewrites.isEmpty())
            m_rewrites.first().after.rescheduledTo = m_madeId;
    }
    for (const Rewrite &r : std::as_const(m_rewrites)) {
        if (auto s = rewrite(repo, r.before, r.after); !s)
            return s;
    }
    return Status::success();
}

Status SessionUpdate::revert(Database &db)
{
    SessionRepository repo(db);
    for (auto it = m_rewrites.crbegin(); it != m_rewrites.crend(); ++it) {
        if (auto s = rewrite(repo, it->after, it->before); !s)
            return s;
    }
    if (m_madeId > 0) {
        MentoringSession made = *m_made;
        made.id = m_madeId;
        auto now = repo.byId(m_madeId);
        if (!now)
            return now.error();
        if (!(*now == made))
            return Error::refused(QCoreApplication::translate(
                "SessionUpdate", "The session it was moved to was changed meanwhile, so the move "
                                 "was not undone."));
        return repo.remove(m_madeId);
    }
    return Status::success();
}

} // namespace idesk
