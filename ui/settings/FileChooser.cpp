#include "FileChooser.h"

#include "Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace idesk::ui {

namespace {
QString key(FileChooser::Purpose purpose)
{
    return purpose == FileChooser::Purpose::Import ? QStringLiteral("import")
                                                   : QStringLiteral("export");
}

bool isFolder(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}
} // namespace

FileChooser::FileChooser(Settings &settings)
    : m_settings(settings)
{}

QString FileChooser::startFolder(Purpose purpose) const
{
    const QString last = m_settings.lastFolder(key(purpose));
    if (isFolder(last))
        return last;
    if (purpose == Purpose::Import && isFolder(m_samples))
        return m_samples;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return isFolder(documents) ? documents : QDir::homePath();
}

QString FileChooser::openFile(QWidget *parent, Purpose purpose, const QString &title,
                              const QString &filter)
{
    QFileDialog dialog(parent, title, startFolder(purpose), filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog, purpose);
}

QString FileChooser::saveFile(QWidget *parent, Purpose purpose, const QString &title,
                              const QString &fileName, const QString &filter)
{
    QFileDialog dialog(parent, title, startFolder(purpose), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.selectFile(fileName);
    const QString suffix = QFileInfo(fileName).suffix();
    if (!suffix.isEmpty())
        dialog.setDefaultSuffix(suffix);
    return run(dialog, purpose);
}

QString FileChooser::run(QFileDialog &dialog, Purpose purpose)
{
    const QString chosen = m_hook                               ? m_hook(dialog)
                           : dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0)
                                                                : QString();
    if (!chosen.isEmpty())
        m_settings.setLastFolder(key(purpose), QFileInfo(chosen).absolutePath());
    return chosen;
}

} // namespace idesk::ui
