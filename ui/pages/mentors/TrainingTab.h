#pragma once

#include "development/TrainingRecord.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace idesk::ui {

// A mentor's training: each programme's hours against the pace its rule set
// expects, hours by kind and events attended or missed, the record itself,
// and a row of fields to add to it.
class TrainingTab : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingTab(QWidget *parent = nullptr);

    void show(qint64 mentorId, const std::optional<TrainingRecord> &record);
    // The day a new entry is dated unless changed: today, by the clock.
    void setToday(QDate today);
    qint64 mentor() const { return m_mentorId; }
    TrainingActivity draft() const;

    QTableWidget *table() const { return m_table; }
    QLabel *total() const { return m_total; }
    QDoubleSpinBox *hoursBox() const { return m_hours; }
    QComboBox *eventBox() const { return m_event; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QWidget *paceBox() const { return m_pace; }

signals:
    void addRequested(const idesk::TrainingActivity &activity);
    void removeRequested(const idesk::TrainingActivity &activity);

private:
    qint64 m_mentorId = 0;
    QWidget *m_pace;
    QVBoxLayout *m_paceLayout;
    QTableWidget *m_table;
    QLabel *m_total;
    QDateEdit *m_day;
    QDoubleSpinBox *m_hours;
    QComboBox *m_kind;
    QComboBox *m_event;
    QCheckBox *m_attended;
    QLineEdit *m_note;
    QPushButton *m_add;
    QPushButton *m_remove;
    QList<TrainingActivity> m_activities; // as listed, row by row
};

} // namespace idesk::ui
