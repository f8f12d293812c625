#include "Settings.h"

#include <QDir>

namespace idesk::ui {

namespace {
const QString kRecent = QStringLiteral("databases/recent");
const QString kLast = QStringLiteral("databases/last");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kPaper = QStringLiteral("printing/paper");
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QStringList Settings::recentDatabases() const
{
    return m_settings->value(kRecent).toStringList();
}

void Settings::addRecentDatabase(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    QStringList list = recentDatabases();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaxRecentDatabases)
        list.removeLast();
    m_settings->setValue(kRecent, list);
}

void Settings::removeRecentDatabase(const QString &path)
{
    QStringList list = recentDatabases();
    list.removeAll(QDir::cleanPath(path));
    m_settings->setValue(kRecent, list);
}

QString Settings::lastDatabase() const
{
    return m_settings->value(kLast).toString();
}

void Settings::setLastDatabase(const QString &path)
{
    m_settings->setValue(kLast, QDir::cleanPath(path));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QString Settings::lastReportChoice() const
{
    return m_settings->value(QStringLiteral("reports/lastChoice"), QStringLiteral("school"))
        .toString();
}

void Settings::setLastReportChoice(const QString &choice)
{
    m_settings->setValue(QStringLiteral("reports/lastChoice"), choice);
}

QString Settings::lastFolder(const QString &purpose) const
{
    return m_settings->value(QStringLiteral("folders/") + purpose).toString();
}

void Settings::setLastFolder(const QString &purpose, const QString &folder)
{
    m_settings->setValue(QStringLiteral("folders/") + purpose, folder);
}

Settings::PaperSize Settings::paperSize() const
{
    return m_settings->value(kPaper).toString() == QLatin1String("letter") ? PaperSize::Letter
                                                                           : PaperSize::A4;
}

void Settings::setPaperSize(PaperSize size)
{
    m_settings->setValue(kPaper, size == PaperSize::Letter ? QStringLiteral("letter")
                                                           : QStringLiteral("a4"));
}

void Settings::sync()
{
    m_settings->sync();
}

QPageSize::PageSizeId Settings::pageSizeId() const
{
    return paperSize() == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4;
}

} // namespace idesk::ui
