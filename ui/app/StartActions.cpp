#include "StartActions.h"

#include "app/CalendarActions.h"
#include "app/FileActions.h"
#include "app/MainWindow.h"
#include "app/PeopleActions.h"
#include "app/SessionActions.h"
#include "application/Workspace.h"
#include "pages/SessionsPage.h"
#include "util/Dates.h"

namespace idesk::ui {

StartActions::StartActions(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{}

void StartActions::run(StartChecklist::Step step)
{
    Workspace *ws = m_window.workspace();
    if (!ws)
        return;
    switch (step) {
    case StartChecklist::SchoolName:
        m_window.fileActions()->showPreferences();
        break;
    case StartChecklist::TermDates:
        m_window.calendarActions()->editTermDates(Dates::academicYearLabel(ws->today()));
        break;
    case StartChecklist::StaffList:
        m_window.peopleActions()->importStaffList();
        break;
    case StartChecklist::Timetables:
        // The school day first, then the timetables: both are imported there.
        m_window.showSection(MainWindow::Calendar);
        break;
    case StartChecklist::Mentees:
        m_window.peopleActions()->addEct();
        break;
    case StartChecklist::Mentors:
        m_window.peopleActions()->assignMentor(0);
        break;
    case StartChecklist::Plan:
        m_window.showSection(MainWindow::Sessions);
        m_window.sessionActions()->plan(m_window.sessionsPage()->selectedTerm());
        break;
    case StartChecklist::StepCount:
        break;
    }
}

} // namespace idesk::ui
