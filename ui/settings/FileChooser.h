#pragma once

#include <QString>

#include <functional>

class QFileDialog;
class QWidget;

namespace idesk::ui {

class Settings;

// Every file dialog of the app opens here, so they all behave alike: an
// import opens in the folder the last import came from (the demo's sample
// files the first time), an export in the folder of the last export, with a
// file name proposed only when saving, and never a folder that does not
// exist (Qt would type its name in as the file name).
class FileChooser
{
public:
    enum class Purpose
    {
        Import,
        Export
    };
    // Runs the dialog instead of exec() and returns the file chosen (tests).
    using Hook = std::function<QString(QFileDialog &dialog)>;

    explicit FileChooser(Settings &settings);

    // The sample files beside the open database, if any.
    void setSamplesFolder(const QString &folder) { m_samples = folder; }
    void setHook(Hook hook) { m_hook = std::move(hook); }

    QString openFile(QWidget *parent, Purpose purpose, const QString &title, const QString &filter);
    // `fileName` is proposed in the purpose's folder; confirms overwriting.
    QString saveFile(QWidget *parent, Purpose purpose, const QString &title,
                     const QString &fileName, const QString &filter);
    QString startFolder(Purpose purpose) const;

private:
    QString run(QFileDialog &dialog, Purpose purpose);

    Settings &m_settings;
    QString m_samples;
    Hook m_hook;
};

} // namespace idesk::ui
