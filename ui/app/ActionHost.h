#pragma once

#include "application/Change.h"

#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

class FileChooser;

// What a section's actions need from the window they act in, and no more:
// the open workspace, one way to show a dialog, report a problem, make an
// undoable change and say something in the status bar. MainWindow is one;
// the actions never see the rest of it.
class ActionHost
{
public:
    virtual ~ActionHost() = default;

    // Null when no database is open.
    virtual Workspace *workspace() const = 0;
    virtual QWidget *dialogParent() = 0;
    // Where file dialogs open (last folders, the demo's samples).
    virtual FileChooser &files() = 0;
    virtual void showDialog(QDialog *dialog) = 0;
    virtual void reportError(const QString &title, const Error &error) = 0;
    // Pushes the change on the undo stack, which applies it at once; a change
    // that could not be built is reported under `title`. True when applied.
    virtual bool push(const QString &title, const Result<ChangePtr> &change) = 0;
    virtual void showMessage(const QString &text, int milliseconds) = 0;
    // Closes the open database (if any) and opens this one instead; on
    // failure the open one stays.
    virtual Status openDatabase(const QString &path) = 0;
    // Closes the open database, runs `work` on its path (a restore replaces
    // the file), and opens it again whatever `work` did.
    virtual Status closeWhile(const std::function<Status(const QString &path)> &work) = 0;
};

} // namespace idesk::ui
