#pragma once

#include "storage/RowStates.h"

#include <QCoreApplication>

namespace idesk {

// Says in words why a change was not applied or undone: which records were
// written meanwhile by someone else, and how each read then and reads now.
class ConflictWording
{
    Q_DECLARE_TR_FUNCTIONS(ConflictWording)
public:
    enum class Doing
    {
        Redo,
        Undo
    };
    static QString describe(const QString &changeText, Doing doing,
                            const QList<RowDifference> &differences);
    // "Jane Smith's details", "a session on 03/11/2026": the record in words.
    static QString recordName(const RowState &row);
    // What differs between two states of one row: "email: “a@x” then,
    // “b@x” now"; "it has since been deleted".
    static QString whatChanged(const RowDifference &difference);
};

} // namespace idesk
