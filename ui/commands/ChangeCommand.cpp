#include "ChangeCommand.h"

#include "application/Workspace.h"

namespace idesk::ui {

ChangeCommand::ChangeCommand(Workspace &workspace, ChangePtr change, ErrorSink onError)
    : m_workspace(workspace)
    , m_change(std::move(change))
    , m_onError(std::move(onError))
{
    setText(m_change->text());
}

void ChangeCommand::redo()
{
    const Status s = m_workspace.apply(*m_change);
    if (!s) {
        // A refused first redo makes the command obsolete, so the stack drops
        // it and undo never tries to reverse what did not happen.
        if (m_firstRedo)
            setObsolete(true);
        if (m_onError)
            m_onError(s.error().message);
    }
    m_firstRedo = false;
}

void ChangeCommand::undo()
{
    const Status s = m_workspace.revert(*m_change);
    if (!s) {
        // Refused (someone wrote the same rows since): the stack drops the
        // command, so a redo never applies it over what is there now.
        setObsolete(true);
        if (m_onError)
            m_onError(s.error().message);
    }
}

bool ChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeCommand *>(other);
    if (!next || &next->m_workspace != &m_workspace || !m_change->absorb(*next->m_change))
        return false;
    setText(m_change->text());
    return true;
}

} // namespace idesk::ui
