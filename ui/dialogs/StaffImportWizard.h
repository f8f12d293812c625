#pragma once

#include "services/StaffImportPlan.h"

#include <QWizard>

#include <atomic>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTreeWidget;

namespace idesk {
class TaskRunner;
class Workspace;
} // namespace idesk

namespace idesk::ui {

class FileChooser;
class GatedWizardPage;
class ProblemLabel;

// Importing a staff list, one step at a time: choose the file (and sheet),
// see it as read (encoding, separator, where the header is), match its
// columns, see every problem, see every change, then commit. Reading and
// checking run off the GUI thread with a progress bar and Cancel; nothing is
// written until Finish, and then in one transaction.
class StaffImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePage,
        PreviewPage,
        ColumnsPage,
        CheckPage,
        SummaryPage
    };

    StaffImportWizard(Workspace &workspace, QDate today, QWidget *parent = nullptr);
    // Where Browse opens (the last import folder, the demo samples).
    void setFileChooser(FileChooser *files) { m_files = files; }
    ~StaffImportWizard() override;

    void setFile(const QString &path);
    bool isBusy() const;
    void cancelWork();
    const StaffImportPlan &plan() const { return m_plan; }
    QList<qint64> markedAsLeft() const;
    QDate leftOn() const;

    QComboBox *sheetBox() const { return m_sheet; }
    QComboBox *columnBox(StaffField field) const { return m_columnBoxes.value(field); }
    QListWidget *problemList() const { return m_problems; }
    QTreeWidget *summaryTree() const { return m_summary; }
    QLabel *readAs() const { return m_readAs; }
    QSpinBox *headerRow() const { return m_headerRow; }

    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage *makeFilePage();
    QWizardPage *makePreviewPage();
    QWizardPage *makeColumnsPage();
    QWizardPage *makeCheckPage();
    QWizardPage *makeSummaryPage();
    // Runs `work` on a worker thread; `done` runs on the GUI thread after.
    void runOffThread(const std::function<void(const ReadControl &)> &work,
                      const std::function<void()> &done);
    void showPreview();
    void showColumns();
    void updateColumns();
    void showSummary();
    void setReady(const QString &gate, bool ready);

    Workspace &m_ws;
    QDate m_today;
    FileChooser *m_files = nullptr;
    TaskRunner *m_runner;

    CsvTable m_raw;   // as read, header not yet moved
    CsvTable m_table; // with the header where the user says
    StaffColumns m_columns;
    StaffImportPlan m_plan;
    Error m_error;

    QLineEdit *m_path = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_readAs = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QStandardItemModel *m_previewModel = nullptr;
    QTableView *m_preview = nullptr;
    QHash<StaffField, QComboBox *> m_columnBoxes;
    ProblemLabel *m_columnProblem = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_checkStatus = nullptr;
    QListWidget *m_problems = nullptr;
    QTreeWidget *m_summary = nullptr;
    QDateEdit *m_leftOn = nullptr;
    QHash<QString, GatedWizardPage *> m_gates;
};

} // namespace idesk::ui
