#pragma once

#include "application/Change.h"
#include "domain/MentoringSession.h"

#include <QList>

#include <optional>

namespace idesk {

// Sessions rewritten from what they were to what they become, and at most one
// session made (a move). Each write first checks that the session is still as
// it was read, so an edit or an undo never overwrites a change made meanwhile
// by someone else; it is refused with both versions named instead.
class SessionUpdate final : public Change
{
public:
    struct Rewrite
    {
        MentoringSession before;
        MentoringSession after;
    };

    SessionUpdate(QString text, QList<Rewrite> rewrites,
                  std::optional<MentoringSession> made = std::nullopt);

    // Rewriting one field of one session again straight after (the action
    // step retyped, "practised" changed back) is one undo step: edits that
    // share a non-negative `key` and follow on from each other merge.
    void setMergeKey(int key) { m_mergeKey = key; }
    int mergeKey() const override { return m_mergeKey; }
    bool mergeWith(const Change &next) override;
    QSet<qint64> sessionsOfPairings() const override;

    // With a made session, the first rewrite records where it went.
    qint64 madeId() const { return m_madeId; }

private:
    Status apply(Database &db) override;
    Status revert(Database &db) override;

    QList<Rewrite> m_rewrites;
    std::optional<MentoringSession> m_made;
    qint64 m_madeId = 0;
    int m_mergeKey = -1;
};

} // namespace idesk
