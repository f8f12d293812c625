#include "AssignMentorCommand.h"

namespace idesk::ui {

AssignMentorCommand::AssignMentorCommand(Database &db, AssignmentRequest request, QString text,
                                         ErrorSink onError)
    : m_db(db)
    , m_request(std::move(request))
    , m_onError(std::move(onError))
{
    setText(text);
}

void AssignMentorCommand::redo()
{
    auto outcome = AssignmentService(m_db).assign(m_request);
    if (!outcome) {
        // An obsolete command is dropped by the stack, so a refused pairing
        // never leaves an entry that undo would try to reverse.
        m_error = outcome.error().message;
        setObsolete(true);
        if (m_onError)
            m_onError(m_error);
        return;
    }
    m_error.clear();
    m_outcome = std::move(outcome).value();
}

void AssignMentorCommand::undo()
{
    const Status s = AssignmentService(m_db).undo(m_outcome);
    m_error = s ? QString() : s.error().message;
    if (!s && m_onError)
        m_onError(m_error);
}

} // namespace idesk::ui
