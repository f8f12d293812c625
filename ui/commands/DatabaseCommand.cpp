#include "DatabaseCommand.h"

namespace idesk::ui {

DatabaseCommand::DatabaseCommand(const QString &text, Step redo, Step undo, ErrorSink onError)
    : m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_onError(std::move(onError))
{
    setText(text);
}

void DatabaseCommand::redo()
{
    const Status s = m_redo();
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

void DatabaseCommand::undo()
{
    const Status s = m_undo();
    if (!s && m_onError)
        m_onError(s.error().message);
}

} // namespace idesk::ui
