#pragma once

#include "domain/Person.h"
#include "services/TimetablePlan.h"

#include <QWizard>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace idesk {
class TaskRunner;
class Workspace;
} // namespace idesk

namespace idesk::ui {

class FileChooser;
class GatedWizardPage;
class ProblemLabel;

// Importing timetables from the school's timetabling program, one step at a
// time: the file (its format told from the content, or chosen), the
// teachers matched to staff (the unmatched with the closest member of staff
// suggested, matched by hand here and remembered), the periods matched to
// the school day (or the school day the file makes), and a preview of each
// teacher's week A and week B. Reading and matching run off the GUI thread
// with progress and Cancel; nothing is saved until Import, in one
// transaction.
class TimetableImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePage,
        TeachersPage,
        PeriodsPage,
        PreviewPage
    };

    TimetableImportWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~TimetableImportWizard() override;
    void setFileChooser(FileChooser *files) { m_files = files; }
    void setFile(const QString &path);

    const TimetablePlan &plan() const { return m_plan; }
    bool isBusy() const;
    // Matches a teacher of the file to a member of staff (0: leave out), as
    // choosing in the Teachers table does.
    void matchTeacher(const QString &key, qint64 personId);

    QComboBox *formatBox() const { return m_format; }
    QTableWidget *teacherTable() const { return m_teachers; }
    QTableWidget *periodTable() const { return m_periods; }
    QComboBox *previewTeacher() const { return m_previewTeacher; }
    QTableWidget *previewWeek(int week) const { return week == 0 ? m_weekA : m_weekB; }

    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage *makeFilePage();
    QWizardPage *makeTeachersPage();
    QWizardPage *makePeriodsPage();
    QWizardPage *makePreviewPage();
    // Reads (when `file` is null) or matches again, on a worker.
    void plan(bool reread, const std::function<void()> &then);
    TimetableReadOptions options() const;
    void showTeachers();
    void showPeriods();
    void showPreview();
    void fillWeek(QTableWidget *table, qint64 personId, int week);

    Workspace &m_ws;
    FileChooser *m_files = nullptr;
    TaskRunner *m_runner;
    TimetablePlan m_plan;
    QList<Person> m_staff;
    QHash<QString, qint64> m_byHand;
    bool m_read = false;
    bool m_rematch = false;

    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_matchBy = nullptr;
    ProblemLabel *m_fileProblem = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_teacherSummary = nullptr;
    QTableWidget *m_teachers = nullptr;
    QLabel *m_periodSummary = nullptr;
    QTableWidget *m_periods = nullptr;
    QLabel *m_previewSummary = nullptr;
    QComboBox *m_previewTeacher = nullptr;
    QTableWidget *m_weekA = nullptr;
    QTableWidget *m_weekB = nullptr;
    QLabel *m_weekBTitle = nullptr;
    QListWidget *m_notes = nullptr;
    GatedWizardPage *m_filePage = nullptr;
};

} // namespace idesk::ui
