#pragma once

#include "application/Change.h"

#include <QUndoCommand>

#include <functional>

namespace idesk {
class Workspace;
}

namespace idesk::ui {

// The undo stack's one command type: a thin wrapper that applies a core
// Change on redo and reverts it on undo, through the Workspace, so the GUI's
// undo does exactly what the CLI's edits do.
//
// Ownership: the QUndoStack owns the command, the command shares the Change;
// the Workspace outlives the stack's commands (MainWindow clears the stack
// before it closes a database).
class ChangeCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &)>;

    ChangeCommand(Workspace &workspace, ChangePtr change, ErrorSink onError);

    void redo() override;
    void undo() override;
    int id() const override { return m_change->mergeKey(); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Workspace &m_workspace;
    ChangePtr m_change;
    ErrorSink m_onError;
    bool m_firstRedo = true;
};

} // namespace idesk::ui
