#include "FileActions.h"

#include "app/ActionHost.h"
#include "application/DemoUseCases.h"
#include "application/SchoolUseCases.h"
#include "application/Workspace.h"
#include "dialogs/PreferencesDialog.h"
#include "settings/FileChooser.h"
#include "settings/Settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace idesk::ui {

FileActions::FileActions(ActionHost &host, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_settings(settings)
{}

QString FileActions::demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-school.") + Workspace::fileSuffix());
}

void FileActions::newDatabase()
{
    const QString dir = m_host.files().startFolder(FileChooser::Purpose::Export);
    QString path = QFileDialog::getSaveFileName(
        m_host.dialogParent(), tr("New Database"),
        QDir(dir).filePath(tr("school") + QLatin1Char('.') + Workspace::fileSuffix()),
        tr("InductionDesk databases (*.%1)").arg(Workspace::fileSuffix()), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + Workspace::fileSuffix();
    if (QFileInfo::exists(path)) {
        // A new database never replaces a file: that file may be a school's records.
        m_host.reportError(tr("New Database"),
                           Error::refused(tr("%1 already exists. Choose another name, or open it "
                                             "with File > Open.")
                                              .arg(QDir::toNativeSeparators(path))));
        return;
    }
    if (auto s = m_host.openDatabase(path); !s)
        m_host.reportError(tr("New Database"), s.error());
}

void FileActions::openDatabase()
{
    const Workspace *ws = m_host.workspace();
    const QString start = ws ? QFileInfo(ws->path()).absolutePath()
                             : m_host.files().startFolder(FileChooser::Purpose::Export);
    const QString path = QFileDialog::getOpenFileName(
        m_host.dialogParent(), tr("Open Database"), start,
        tr("InductionDesk databases (*.%1);;All files (*)").arg(Workspace::fileSuffix()));
    if (path.isEmpty())
        return;
    if (auto s = m_host.openDatabase(path); !s)
        m_host.reportError(tr("Open Database"), s.error());
}

void FileActions::openDemoSchool()
{
    if (auto s = m_host.openDatabase(demoDatabasePath()); !s) {
        m_host.reportError(tr("Open Demo School"), s.error());
        return;
    }
    auto made = DemoUseCases(*m_host.workspace()).create(true);
    if (!made) {
        m_host.reportError(tr("Open Demo School"), made.error());
        return;
    }
    m_host.showMessage(tr("Files to try the imports on are in %1")
                           .arg(QDir::toNativeSeparators(made->samplesFolder)),
                       15000);
}

void FileActions::showPreferences()
{
    Workspace *ws = m_host.workspace();
    auto *dialog =
        new PreferencesDialog(ws, m_settings, ws ? ws->today() : QDate(), m_host.dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ws] {
        m_settings.setPaperSize(dialog->paperSize());
        if (!ws || m_host.workspace() != ws)
            return;
        auto change = SchoolUseCases(*ws).setPreferences(
            {dialog->school(), dialog->mentorCapacity(), dialog->ruleSetOverrides()});
        if (!change || *change) // nothing to do when nothing changed
            m_host.push(tr("Preferences"), change);
    });
    m_host.showDialog(dialog);
}

void FileActions::showAbout()
{
    QMessageBox::about(
        m_host.dialogParent(), tr("About InductionDesk"),
        tr("<h3>InductionDesk %1</h3>"
           "<p>Mentoring for trainee and early career teachers: who mentors whom, the sessions "
           "they are entitled to, and what was missed.</p>"
           "<p>Mentoring is developmental, not assessment: InductionDesk records the support "
           "given and never grades a teacher.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(INDUCTIONDESK_VERSION), QString::fromLatin1(qVersion())));
}

void FileActions::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *a = menu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
            [this, path, menu] {
                if (!QFileInfo::exists(path)) {
                    m_host.reportError(tr("Open Recent"),
                                       Error::notFound(tr("%1 no longer exists; it has been "
                                                          "taken off the list.")
                                                           .arg(QDir::toNativeSeparators(path))));
                    m_settings.removeRecentDatabase(path);
                    fillRecentMenu(menu);
                    return;
                }
                if (auto s = m_host.openDatabase(path); !s)
                    m_host.reportError(tr("Open Recent"), s.error());
            });
        a->setToolTip(path);
    }
    menu->setEnabled(!recent.isEmpty());
}

} // namespace idesk::ui
