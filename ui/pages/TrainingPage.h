#pragma once

#include "domain/TrainingActivity.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace idesk {
class Database;
}

namespace idesk::ui {

// A mentor's training record: hours and events, attended or not, with the
// total; adding one is a row of fields and Add.
class TrainingPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingPage(QWidget *parent = nullptr);

    void reload(Database *db);
    qint64 mentor() const;
    void setMentor(qint64 personId);
    TrainingActivity draft() const;

    QTableWidget *table() const { return m_table; }
    QLabel *total() const { return m_total; }
    QDoubleSpinBox *hoursBox() const { return m_hours; }
    QComboBox *eventBox() const { return m_event; }
    QPushButton *addButton() const { return m_add; }

signals:
    void addRequested(const idesk::TrainingActivity &activity);

private:
    void showMentor();

    Database *m_db = nullptr;
    QComboBox *m_mentor;
    QTableWidget *m_table;
    QLabel *m_total;
    QDateEdit *m_day;
    QDoubleSpinBox *m_hours;
    QComboBox *m_kind;
    QComboBox *m_event;
    QCheckBox *m_attended;
    QLineEdit *m_note;
    QPushButton *m_add;
};

} // namespace idesk::ui
