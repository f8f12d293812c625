#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace idesk {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // An installed translation (share/inductiondesk/translations beside bin/)
    // wins over the one built in, so a translator can try a new .qm.
    const QString installed = QCoreApplication::applicationDirPath() +
                              QStringLiteral("/../share/inductiondesk/translations");
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("inductiondesk"), QStringLiteral("_"), installed) ||
        own->load(locale, QStringLiteral("inductiondesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/inductiondesk_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace idesk
