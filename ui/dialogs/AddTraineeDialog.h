#pragma once

#include "NewMenteeDialog.h"
#include "application/PersonEdits.h"

class QDateEdit;
class QLineEdit;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

// Adds a trainee teacher with their ITT placement.
class AddTraineeDialog : public NewMenteeDialog
{
    Q_OBJECT
public:
    AddTraineeDialog(Workspace &workspace, QDate today, QWidget *parent = nullptr);
    NewTrainee result() const;

    QLineEdit *providerEdit() const { return m_provider; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

protected:
    Status trial() override;

private:
    QLineEdit *m_provider;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace idesk::ui
