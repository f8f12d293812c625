#pragma once

#include "application/Change.h"

#include <functional>

namespace idesk {

// A change written as its two steps. The use cases build these with the
// values captured (and any id the apply step makes kept for the revert), so
// every edit stays in core even when it needs no type of its own.
class StepChange final : public Change
{
public:
    using Step = std::function<Status(Database &)>;

    // `made`, when given, is where the apply step keeps the id it made.
    StepChange(QString text, Topics topics, Step apply, Step revert,
               std::shared_ptr<const qint64> made = {});
    static ChangePtr make(QString text, Topics topics, Step apply, Step revert,
                          std::shared_ptr<const qint64> made = {});

    qint64 madeId() const override { return m_made ? *m_made : 0; }

private:
    Status apply(Database &db) override { return m_apply(db); }
    Status revert(Database &db) override { return m_revert(db); }

    Step m_apply;
    Step m_revert;
    std::shared_ptr<const qint64> m_made;
};

// For an apply step that creates a row: keeps the new id for the revert step.
inline Status keepId(const Result<qint64> &created, qint64 &id)
{
    if (!created)
        return created.error();
    id = *created;
    return Status::success();
}

} // namespace idesk
