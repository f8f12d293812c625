#pragma once

#include "calendar/Term.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QTableWidget;

namespace idesk::ui {

class ProblemLabel;

// Enter or correct one academic year's term dates and closures by hand.
class TermDatesDialog : public QDialog
{
    Q_OBJECT
public:
    TermDatesDialog(const QString &academicYear, const QList<Term> &terms,
                    const QList<Closure> &closures, QWidget *parent = nullptr);

    QString academicYear() const { return m_year; }
    QList<Term> terms() const;
    QList<Closure> closures() const;

    QDateEdit *termEdit(TermKind kind, bool last) const;
    QTableWidget *closureTable() const { return m_closures; }
    void addClosure(const Closure &closure);
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();
    QDateEdit *makeDateEdit(QDate date);

    QString m_year;
    QList<QDateEdit *> m_termEdits; // first and last day of autumn, spring, summer
    QTableWidget *m_closures;
    ProblemLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace idesk::ui
