#include "CalendarActions.h"

#include "app/ActionHost.h"
#include "application/CalendarUseCases.h"
#include "application/Workspace.h"
#include "dialogs/IcsImportDialog.h"
#include "dialogs/TermDatesDialog.h"
#include "dialogs/TimetableImportWizard.h"
#include "pages/CalendarPage.h"
#include "settings/FileChooser.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>

#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace idesk::ui {

CalendarActions::CalendarActions(ActionHost &host, CalendarPage &page, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_page(page)
{
    connect(&page, &CalendarPage::editTermDatesRequested, this, &CalendarActions::editTermDates);
    connect(&page, &CalendarPage::importIcsRequested, this, [this] { importIcs(); });
    connect(&page, &CalendarPage::importBankHolidaysRequested, this,
            [this] { importBankHolidays(); });
    connect(&page, &CalendarPage::exportIcsRequested, this,
            [this](const QString &year) { exportIcs(year); });
    connect(&page, &CalendarPage::importSchoolDayRequested, this, [this] { importSchoolDay(); });
    connect(&page, &CalendarPage::importTimetablesRequested, this, [this] { importTimetables(); });
    connect(&page, &CalendarPage::timetableCellEdited, this, &CalendarActions::editTimetableCell);
}

QString CalendarActions::chooseFile(const QString &title, const QString &filter, bool save,
                                    const QString &proposed)
{
    if (m_fileHook)
        return m_fileHook(title, save);
    return save ? m_host.files().saveFile(m_host.dialogParent(), FileChooser::Purpose::Export,
                                          title, proposed, filter)
                : m_host.files().openFile(m_host.dialogParent(), FileChooser::Purpose::Import,
                                          title, filter);
}

void CalendarActions::editTermDates(const QString &year)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    auto before = CalendarUseCases(*ws).termDates(year);
    if (!before) {
        m_host.reportError(tr("Reading the calendar"), before.error());
        return;
    }
    auto *dialog =
        new TermDatesDialog(year, before->terms, before->closures, m_host.dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ws, year] {
        m_host.push(
            tr("Term dates for %1").arg(year),
            CalendarUseCases(*ws).setTermDates(year, {dialog->terms(), dialog->closures()}));
    });
    m_host.showDialog(dialog);
}

void CalendarActions::importIcs(const QString &givenPath)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    const QString path =
        givenPath.isEmpty()
            ? chooseFile(tr("Import term dates"),
                         tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"), false)
            : givenPath;
    if (path.isEmpty())
        return;
    CalendarUseCases calendar(*ws);
    auto reading = calendar.readIcs(path);
    if (!reading) {
        m_host.reportError(tr("Import term dates"), reading.error());
        return;
    }
    auto bank = calendar.bankHolidays();
    if (!bank) {
        m_host.reportError(tr("Import term dates"), bank.error());
        return;
    }
    auto replaced = calendar.yearsReplacedBy(*reading);
    if (!replaced) {
        m_host.reportError(tr("Import term dates"), replaced.error());
        return;
    }
    const QString name = QFileInfo(path).fileName();
    // The preview shows what saving would do: the change is built and tried
    // (written and rolled back) before the tutor sees it, as a dry run is.
    auto change = calendar.importTermDates(*reading, name);
    if (change) {
        if (auto s = ws->check(**change); !s)
            change = s.error();
    }
    if (!change) {
        m_host.reportError(tr("Import term dates"), change.error());
        return;
    }
    auto *dialog = new IcsImportDialog(name, *reading, *bank, *replaced, m_host.dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, c = *change, first = reading->years.first().academicYear] {
                if (m_host.push(tr("Import term dates"), c))
                    m_page.setAcademicYear(first);
            });
    m_host.showDialog(dialog);
}

void CalendarActions::exportIcs(const QString &year, const QString &givenPath)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    const QString path = givenPath.isEmpty() ? chooseFile(tr("Export term dates for %1").arg(year),
                                                          tr("iCalendar files (*.ics)"), true,
                                                          tr("Term dates %1.ics").arg(year))
                                             : givenPath;
    if (path.isEmpty())
        return;
    const QString file = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".ics") : path;
    if (auto s = CalendarUseCases(*ws).exportIcs(file, year); !s)
        m_host.reportError(tr("Export term dates"), s.error());
    else
        m_host.showMessage(tr("Saved %1").arg(QFileInfo(file).fileName()), 5000);
}

void CalendarActions::importBankHolidays(const QString &givenPath)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    const QString path = givenPath.isEmpty()
                             ? chooseFile(tr("Import bank holidays"),
                                          tr("GOV.UK bank holidays (*.json);;All files (*)"), false)
                             : givenPath;
    if (path.isEmpty())
        return;
    CalendarUseCases calendar(*ws);
    auto reading = calendar.readBankHolidays(path);
    if (!reading) {
        m_host.reportError(tr("Import bank holidays"), reading.error());
        return;
    }
    const QString name = QFileInfo(path).fileName();
    auto change = calendar.importBankHolidays(*reading, name);
    if (!change) {
        m_host.reportError(tr("Import bank holidays"), change.error());
        return;
    }
    const int first = reading->years.first(), last = reading->years.last();
    const QString done =
        tr("Imported %n bank holiday(s) for %1 from %2; other years are kept", nullptr,
           int(reading->holidays.size()))
            .arg(first == last ? QString::number(first) : tr("%1 to %2").arg(first).arg(last),
                 name);
    const auto save = [this, c = *change, done] {
        if (m_host.push(tr("Import bank holidays"), c))
            m_host.showMessage(done, 8000);
    };
    if (reading->warnings.isEmpty()) {
        save();
        return;
    }
    // An out-of-date list is saved only on the tutor's word.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import bank holidays"),
                                reading->warnings.join(QStringLiteral("\n\n")),
                                QMessageBox::Yes | QMessageBox::Cancel, m_host.dialogParent());
    box->setInformativeText(tr("Import it anyway? Only the years it covers are replaced."));
    box->button(QMessageBox::Yes)->setText(tr("&Import anyway"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [box, save](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            save();
    });
    m_host.showDialog(box);
}

void CalendarActions::importSchoolDay(const QString &givenPath)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    const QString path = givenPath.isEmpty()
                             ? chooseFile(tr("Import the school day"),
                                          tr("CSV files (*.csv *.txt);;All files (*)"), false)
                             : givenPath;
    if (path.isEmpty())
        return;
    QStringList problems;
    auto periods = CalendarUseCases::readSchoolDay(path, &problems);
    if (!periods) {
        m_host.reportError(tr("Import the school day"), periods.error());
        return;
    }
    m_host.push(tr("Import the school day"), CalendarUseCases(*ws).setSchoolDay(*periods));
}

void CalendarActions::importTimetables(const QString &givenPath)
{
    Workspace *ws = m_host.workspace();
    if (!ws)
        return;
    auto *wizard = new TimetableImportWizard(*ws, m_host.dialogParent());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setFileChooser(&m_host.files());
    if (!givenPath.isEmpty())
        wizard->setFile(givenPath);
    connect(wizard, &QDialog::accepted, this, [this, wizard, ws] {
        const TimetablePlan &plan = wizard->plan();
        if (plan.changesNothing()) {
            m_host.showMessage(tr("Nothing to import: the timetables are already as %1 has them.")
                                   .arg(plan.file.fileName),
                               5000);
            return;
        }
        m_host.push(tr("Import timetables"), CalendarUseCases(*ws).importTimetables(plan));
    });
    m_host.showDialog(wizard);
}

void CalendarActions::editTimetableCell(const TimetableEntry &before, const TimetableEntry &after)
{
    if (Workspace *ws = m_host.workspace())
        m_host.push(tr("Change timetable"),
                    ChangePtr(CalendarUseCases(*ws).setTimetableEntry(before, after)));
}

} // namespace idesk::ui
