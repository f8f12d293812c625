#pragma once

#include "development/ActionStepEntry.h"
#include "development/OverseenMentor.h"
#include "development/StandardsProfile.h"
#include "development/TrainingRecord.h"
#include "domain/Person.h"
#include "util/Result.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QTabWidget;

namespace idesk {
class TaskRunner;
class Workspace;
} // namespace idesk

namespace idesk::ui {

class BackgroundRead;
class ReportPreviewDialog;

class ActionStepsTab;
class OversightTab;
class Settings;
class StandardsTab;
class TrainingTab;

// One place for each mentor's development: their self-assessment against the
// National Standards, their training against its pace, the action steps of
// their coaching meetings, and, for a lead mentor, the general mentors they
// oversee. The standards summary prints from here (preview, printer, PDF).
class MentorsPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        Standards,
        Training,
        ActionSteps,
        Oversight
    };

    // What the page shows of one mentor, read in one go.
    struct Detail
    {
        qint64 id = 0;
        std::optional<StandardsProfile> profile;
        std::optional<TrainingRecord> training;
        std::optional<QList<ActionStepEntry>> steps;
        std::optional<QList<OverseenMentor>> overseen; // a lead mentor's
        QStringList roles;                             // the mentoring ones held today
        bool lead = false;
        QString error; // what could not be read
    };
    // Everything the page shows (on a worker when the window reads it): the
    // mentors, and the one to show (`keep` while still a mentor, else the first).
    struct Data
    {
        QDate today;
        QList<Person> mentors;
        Detail shown;
        QString error; // why the mentors could not be read
    };

    MentorsPage(Settings &settings, QWidget *parent = nullptr);
    static Data read(Workspace &workspace, qint64 keep);
    static Detail readMentor(Workspace &workspace, qint64 id, QDate today);
    void reload(Workspace *workspace);
    // Reads on a worker and shows when read; the page shows what it had meanwhile.
    void reloadInBackground(Workspace *workspace);
    BackgroundRead *backgroundRead() const { return m_read; }
    qint64 mentor() const;
    void setMentor(qint64 personId);
    void showTab(Tab tab);

    StandardsTab *standardsTab() const { return m_standards; }
    TrainingTab *trainingTab() const { return m_training; }
    ActionStepsTab *actionStepsTab() const { return m_actionSteps; }
    OversightTab *oversightTab() const { return m_oversight; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *mentorBox() const { return m_mentor; }
    bool isOversightShown() const;

    // Writes the selected mentor's standards summary as PDF.
    // Saves at once (tests); the Save PDF button draws off the GUI thread.
    Status savePdf(const QString &path);
    TaskRunner *runner() const { return m_runner; }
    using FileHook = std::function<QString()>;
    void setFileHook(FileHook hook) { m_fileHook = std::move(hook); }
    QLabel *status() const { return m_status; }

private:
    static QString pdfName(const QString &path);
    void showMentor();
    void show(Workspace *workspace, const Data &d);
    void showDetail(const Detail &d);
    void render(QPrinter *printer);
    ReportPreviewDialog *preview();
    void print();

    Settings &m_settings;
    Workspace *m_ws = nullptr;
    QDate m_today;
    QComboBox *m_mentor;
    QLabel *m_summary;
    QLabel *m_status;
    QTabWidget *m_tabs;
    StandardsTab *m_standards;
    TrainingTab *m_training;
    ActionStepsTab *m_actionSteps;
    OversightTab *m_oversight;
    FileHook m_fileHook;
    TaskRunner *m_runner;
    BackgroundRead *m_read;
};

} // namespace idesk::ui
