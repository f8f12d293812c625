#include "AssignmentChange.h"

#include <QCoreApplication>

namespace idesk {

AssignmentChange::AssignmentChange(AssignmentRequest request, const Clock &clock)
    : Change(request.replacingId > 0
                 ? QCoreApplication::translate("AssignmentChange", "Replace mentor")
                 : QCoreApplication::translate("AssignmentChange", "Assign mentor"),
             Topic::Pairings | Topic::People | Topic::Mentors | Topic::Sessions)
    , m_request(std::move(request))
    , m_clock(clock)
{}

Status AssignmentChange::apply(Database &db)
{
    auto r = AssignmentService(db, m_clock).assign(m_request);
    if (!r)
        return r.error();
    m_outcome = *r;
    return Status::success();
}

Status AssignmentChange::revert(Database &db)
{
    return AssignmentService(db, m_clock).undo(m_outcome);
}

} // namespace idesk
