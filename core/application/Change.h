#pragma once

#include "application/Topics.h"
#include "util/Result.h"

#include <QSet>
#include <QString>

#include <memory>

namespace idesk {

class Database;
class RowStates;

// One edit of the record, as a value. The application layer builds it (with
// the checks the rules make), and the Workspace applies and reverts it, each
// time in one transaction. The GUI's undo stack and the CLI apply the same
// values, so an edit behaves the same from either front end.
//
// Ownership: a Change holds only values (ids it made are kept for its
// revert), never a database; whoever applies it passes the Workspace.
class Change
{
public:
    Change(QString text, Topics topics);
    virtual ~Change();
    Change(const Change &) = delete;
    Change &operator=(const Change &) = delete;

    // What the edit does, in words, for the Edit menu ("Undo Mark held").
    QString text() const { return m_text; }
    Topics topics() const { return m_topics; }

    // Edits that a person thinks of as one (typing into the same cell again)
    // share a non-negative key; the later one is folded into the earlier.
    virtual int mergeKey() const { return -1; }
    // The id of the record the change made, once applied (0 when it made none).
    virtual qint64 madeId() const { return 0; }
    // The pairings whose sessions the change wrote, when those sessions are
    // all it wrote; empty when it may have touched anything in its topics.
    // Views use it to work out again only what those sessions decide.
    virtual QSet<qint64> sessionsOfPairings() const { return {}; }
    // Folds `next` into this change (mergeWith), with the rows it wrote, so
    // that undoing both at once checks what the later one left.
    bool absorb(Change &next);

protected:
    void setText(QString text) { m_text = std::move(text); }
    // Folds `next` into this change when they are one edit to a person
    // (absorb() is how it is asked).
    virtual bool mergeWith(const Change &next);

private:
    friend class Workspace;
    // Called by the Workspace inside a transaction it opened.
    virtual Status apply(Database &db) = 0;
    virtual Status revert(Database &db) = 0;

    QString m_text;
    Topics m_topics;
    // The rows as apply() and revert() last left them: undo checks the first,
    // redo the second, and refuses when someone has written them since.
    std::unique_ptr<RowStates> m_afterApply;
    std::unique_ptr<RowStates> m_afterRevert;
};

using ChangePtr = std::shared_ptr<Change>;

} // namespace idesk
