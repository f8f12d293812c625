#pragma once

#include "domain/School.h"
#include "settings/Settings.h"

#include <QJsonObject>

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

// Preferences in two kinds, said plainly: this computer's (QSettings, through
// Settings) and the school's, which live in the database so that the CLI and
// every colleague who opens it apply the same.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(Workspace *workspace, const Settings &settings, QDate today,
                      QWidget *parent = nullptr);

    Settings::PaperSize paperSize() const;
    School school() const;
    int mentorCapacity() const;
    // The school's own numbers, where they differ from the shipped rule sets.
    QJsonObject ruleSetOverrides() const;
    // Sets one editable number, as a user editing the cell would.
    void setRuleNumber(const QString &academicYear, const QString &key, int value);

    QComboBox *paperBox() const { return m_paper; }
    QLineEdit *schoolNameEdit() const { return m_name; }
    QLineEdit *urnEdit() const { return m_urn; }
    QSpinBox *capacityBox() const { return m_capacity; }
    QTableWidget *ruleSetTable() const { return m_rules; }

private:
    QComboBox *m_paper;
    QLineEdit *m_name;
    QLineEdit *m_urn;
    QSpinBox *m_capacity;
    QTableWidget *m_rules;
    QLabel *m_rulesProblem;
    QPushButton *m_ok = nullptr;
    bool m_hasDatabase = false;
    void updateOk();
};

} // namespace idesk::ui
