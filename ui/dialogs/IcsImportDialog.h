#pragma once

#include "calendar/Term.h"
#include "calendar/TermDatesReading.h"

#include <QDialog>

class QDialogButtonBox;
class QTreeWidget;

namespace idesk::ui {

// Shows what was understood from an .ics file (terms with their school days,
// holidays, INSET days, what was not used and why) before anything is saved.
class IcsImportDialog : public QDialog
{
    Q_OBJECT
public:
    IcsImportDialog(const QString &fileName, const TermDatesReading &reading,
                    const QList<BankHoliday> &bankHolidays, const QStringList &yearsReplaced,
                    QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QTreeWidget *m_tree;
    QDialogButtonBox *m_buttons;
};

} // namespace idesk::ui
