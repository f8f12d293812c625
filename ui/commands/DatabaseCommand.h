#pragma once

#include "util/Result.h"

#include <QUndoCommand>

#include <functional>

namespace idesk::ui {

// One undoable edit: redo and undo each change the database at once, in
// their own transaction. State that redo creates (new ids) lives in the
// closures, shared between them.
//
// Ownership: the QUndoStack owns the command; the closures hold references to
// a Database that MainWindow keeps open for as long as the stack has commands
// (it clears the stack before it closes a database).
// For a redo step that creates a row: keeps the new id for the undo step.
inline Status keepId(const Result<qint64> &created, qint64 &id)
{
    if (!created)
        return created.error();
    id = *created;
    return Status::success();
}

class DatabaseCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using ErrorSink = std::function<void(const QString &)>;

    DatabaseCommand(const QString &text, Step redo, Step undo, ErrorSink onError);

    void redo() override;
    void undo() override;

private:
    Step m_redo;
    Step m_undo;
    ErrorSink m_onError;
    bool m_firstRedo = true;
};

} // namespace idesk::ui
