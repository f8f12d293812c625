#pragma once

#include "calendar/Timetable.h"

#include <QPair>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

class TimetableModel;
class YearView;

// Calendar: the academic year at a glance, the school day and contracted
// time, and each person's timetable as an editable grid. The page shows; the
// actions (dialogs, imports, saving through the undo stack) are the owner's.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        YearTab,
        SchoolDayTab,
        TimetablesTab
    };

    // The lists the page offers, read in one go.
    struct Data
    {
        QStringList years;                   // with term dates, this one and the next
        QList<QPair<qint64, QString>> staff; // in surname order
        QString error;                       // why the staff could not be read
    };

    explicit CalendarPage(QWidget *parent = nullptr);

    static Data read(Workspace &workspace);
    // Re-reads everything from the database (null: nothing open).
    void reload(Workspace *workspace);
    QString academicYear() const;
    void setAcademicYear(const QString &year);
    qint64 timetablePerson() const;
    void setTimetablePerson(qint64 personId);
    void setTimetableWeek(int week);

    QTabWidget *tabs() const { return m_tabs; }
    YearView *yearView() const { return m_yearView; }
    TimetableModel *timetableModel() const { return m_timetableModel; }
    QTableView *timetableView() const { return m_timetableView; }
    QTableWidget *periodsTable() const { return m_periods; }
    QLabel *yearSummary() const { return m_yearSummary; }

signals:
    void editTermDatesRequested(const QString &academicYear);
    void importIcsRequested();
    void importBankHolidaysRequested();
    void exportIcsRequested(const QString &academicYear);
    void importSchoolDayRequested();
    void importTimetablesRequested();
    void timetableCellEdited(const idesk::TimetableEntry &before,
                             const idesk::TimetableEntry &after);

private:
    QWidget *makeYearTab();
    QWidget *makeSchoolDayTab();
    QWidget *makeTimetableTab();
    void show(Workspace *workspace, const Data &d);
    void showYear();
    void showTimetable();

    Workspace *m_ws = nullptr;
    QTabWidget *m_tabs;
    QComboBox *m_year = nullptr;
    YearView *m_yearView = nullptr;
    QLabel *m_yearSummary = nullptr;
    QTableWidget *m_periods = nullptr;
    QLabel *m_contracted = nullptr;
    QComboBox *m_person = nullptr;
    QComboBox *m_week = nullptr;
    QLabel *m_pattern = nullptr;
    TimetableModel *m_timetableModel = nullptr;
    QTableView *m_timetableView = nullptr;
};

} // namespace idesk::ui
