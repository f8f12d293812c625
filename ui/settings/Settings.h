#pragma once

#include <QByteArray>
#include <QPageSize>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace idesk::ui {

// The one typed door to QSettings: every preference the UI keeps has a getter
// and a setter here, with its key and default in one place.
class Settings
{
public:
    Settings();                                // the user's settings
    explicit Settings(const QString &iniFile); // a file of its own, for tests
    ~Settings();

    static constexpr int kMaxRecentDatabases = 8;

    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &path); // most recent first, no duplicates
    void removeRecentDatabase(const QString &path);
    QString lastDatabase() const;
    void setLastDatabase(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    enum class PaperSize
    {
        A4,
        Letter
    };
    PaperSize paperSize() const; // A4 unless the user chose US Letter
    QPageSize::PageSizeId pageSizeId() const;
    void setPaperSize(PaperSize size);
    // The report dialog's last choice: "school", "mentee:ID" or "mentor:ID".
    QString lastReportChoice() const;
    void setLastReportChoice(const QString &choice);

    // The folder a file dialog for `purpose` ("import", "export") last used.
    QString lastFolder(const QString &purpose) const;
    void setLastFolder(const QString &purpose, const QString &folder);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace idesk::ui
