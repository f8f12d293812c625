#pragma once

#include "domain/Person.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

class OptionalDateEdit;

// Every field of a person, each with its validation message right beside it,
// checked as the user types. Shared by the person editor and the Add ECT and
// Add trainee dialogs.
class PersonFields : public QWidget
{
    Q_OBJECT
public:
    explicit PersonFields(Workspace &workspace, QWidget *parent = nullptr);

    void setPerson(const Person &person);
    Person person() const;
    bool isValid() const { return m_errors.isEmpty(); }
    // Field key ("trn", "email", ...) -> message, for the fields now in error.
    QHash<QString, QString> errors() const { return m_errors; }
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QLabel *messageLabel(const QString &key) const { return m_messages.value(key); }

signals:
    void changed();

private:
    void addRow(QFormLayout *form, const QString &label, const QString &key, QWidget *editor);
    void validate();

    Workspace &m_ws;
    qint64 m_id = 0;
    QComboBox *m_title;
    QLineEdit *m_first;
    QLineEdit *m_last;
    QLineEdit *m_code;
    QLineEdit *m_trn;
    QLineEdit *m_email;
    QLineEdit *m_jobTitle;
    QCheckBox *m_qts;
    OptionalDateEdit *m_qtsDate;
    QComboBox *m_pattern;
    QDoubleSpinBox *m_fte;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_end;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_messages;
    QHash<QString, QString> m_errors;
};

} // namespace idesk::ui
