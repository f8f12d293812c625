#pragma once

#include "NewMenteeDialog.h"
#include "application/PersonEdits.h"

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

// Adds an ECT with the details of their statutory induction.
class AddEctDialog : public NewMenteeDialog
{
    Q_OBJECT
public:
    AddEctDialog(Workspace &workspace, QDate today, QWidget *parent = nullptr);
    NewEct result() const;

    QDateEdit *startEdit() const { return m_start; }
    QComboBox *routeBox() const { return m_route; }
    QLineEdit *appropriateBodyEdit() const { return m_body; }

protected:
    Status trial() override;
    void personChanged() override;

private:
    void fillRoutes();

    QDateEdit *m_start;
    QDoubleSpinBox *m_fte;
    QComboBox *m_route;
    QLineEdit *m_body;
    QDoubleSpinBox *m_prior;
    QCheckBox *m_reduced;
    QDoubleSpinBox *m_reducedTo;
};

} // namespace idesk::ui
