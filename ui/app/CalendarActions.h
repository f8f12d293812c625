#pragma once

#include "calendar/Timetable.h"

#include <QObject>

#include <functional>

namespace idesk::ui {

class ActionHost;
class CalendarPage;

// What the Calendar section does: term dates by hand or from .ics (after a
// preview), export to .ics, school day and timetable imports, timetable cell
// edits. Every change is a core Change on the undo stack.
class CalendarActions : public QObject
{
    Q_OBJECT
public:
    CalendarActions(ActionHost &host, CalendarPage &page, QObject *parent);

    void editTermDates(const QString &academicYear);
    void importIcs(const QString &path = {});
    void exportIcs(const QString &academicYear, const QString &path = {});
    void importBankHolidays(const QString &path = {});
    void importSchoolDay(const QString &path = {});
    void importTimetables(const QString &path = {});
    void editTimetableCell(const TimetableEntry &before, const TimetableEntry &after);

    // Asks for file names through this hook when set (tests), instead of a file dialog.
    using FileHook = std::function<QString(const QString &title, bool save)>;
    void setFileHook(FileHook hook) { m_fileHook = std::move(hook); }

private:
    QString chooseFile(const QString &title, const QString &filter, bool save,
                       const QString &proposed = {});

    ActionHost &m_host;
    CalendarPage &m_page;
    FileHook m_fileHook;
};

} // namespace idesk::ui
