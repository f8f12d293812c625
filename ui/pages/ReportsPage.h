#pragma once

#include "reporting/TermlyReport.h"
#include "reporting/TermlyReportBuilder.h"
#include "util/DateRange.h"
#include "util/Result.h"

#include <QPair>
#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QRadioButton;

namespace idesk {
class TaskRunner;
class Workspace;
} // namespace idesk

namespace idesk::ui {

class BackgroundRead;
class ReportPreviewDialog;

class Settings;

// Termly summaries: the whole school, one mentee or one mentor, for a term;
// previewed, printed on any printer or saved as PDF, all through one
// renderer. The last choice is remembered.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    // The choices the page offers, read in one go (on a worker when the window reads it).
    struct Data
    {
        QList<QPair<QString, QString>> terms; // words, label
        QString currentTerm;                  // the label of the term holding today
        QList<QPair<qint64, QString>> mentees, mentors;
        QStringList errors; // what could not be read
    };

    ReportsPage(Settings &settings, QWidget *parent = nullptr);

    static Data read(Workspace &workspace);
    void reload(Workspace *workspace);
    // Reads on a worker and shows when read; the page shows what it had meanwhile.
    void reloadInBackground(Workspace *workspace);
    BackgroundRead *backgroundRead() const { return m_read; }
    // What is chosen: the term's dates and name, and whose report.
    struct Job
    {
        DateRange range;
        QString period;
        ReportChoice choice;
        bool overview = true; // the whole school, with the landscape overview
    };
    Result<Job> job() const;
    // The report as of the workspace's today.
    Result<TermlyReport> build() const;
    // Saves at once (scripts and tests); the button saves off the GUI thread.
    Status savePdf(const QString &path);
    // Saves through the task runner: read and drawn on a worker with its own
    // connection; the status line says when it is done.
    void savePdfInBackground(const QString &path);
    TaskRunner *runner() const { return m_runner; }
    QLabel *status() const { return m_status; }
    // Opens the print preview; null (and the reason shown) if the report
    // cannot be made.
    ReportPreviewDialog *preview();
    void print();

    QComboBox *termBox() const { return m_term; }
    QRadioButton *schoolButton() const { return m_school; }
    QRadioButton *menteeButton() const { return m_menteeChoice; }
    QRadioButton *mentorButton() const { return m_mentorChoice; }
    QComboBox *menteeBox() const { return m_mentee; }
    QComboBox *mentorBox() const { return m_mentor; }
    QString choiceKey() const;
    // What the save dialog proposes: the report's term and whom it is about.
    QString proposedFileName() const;

    using FileHook = std::function<QString()>;
    void setFileHook(FileHook hook) { m_fileHook = std::move(hook); }

private:
    void show(Workspace *workspace, const Data &d);
    void remember();
    void render(QPrinter *printer);

    Settings &m_settings;
    Workspace *m_ws = nullptr;
    QComboBox *m_term;
    QRadioButton *m_school;
    QRadioButton *m_menteeChoice;
    QRadioButton *m_mentorChoice;
    QComboBox *m_mentee;
    QComboBox *m_mentor;
    QLabel *m_status;
    FileHook m_fileHook;
    TaskRunner *m_runner;
    BackgroundRead *m_read;
};

} // namespace idesk::ui
