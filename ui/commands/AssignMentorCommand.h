#pragma once

#include "services/AssignmentService.h"

#include <QUndoCommand>

#include <functional>

namespace idesk::ui {

// Pairs (or re-pairs) a mentor as one undoable step. The database is written
// at once on redo and put back on undo; there is no separate "Save".
class AssignMentorCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &)>;
    // `onError` hears of a refused redo or a failed undo: a refused command is
    // dropped by the stack before the caller could ask it.
    AssignMentorCommand(Database &db, AssignmentRequest request, QString text, ErrorSink onError);

    void redo() override;
    void undo() override;

    // Empty when the last redo or undo succeeded; the user's message otherwise.
    QString lastError() const { return m_error; }
    const AssignmentOutcome &outcome() const { return m_outcome; }

private:
    Database &m_db;
    AssignmentRequest m_request;
    AssignmentOutcome m_outcome;
    QString m_error;
    ErrorSink m_onError;
};

} // namespace idesk::ui
