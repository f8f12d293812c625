#pragma once

#include <QLocale>

class QCoreApplication;

namespace idesk {

// Loads Qt's own translations and InductionDesk's for `locale` (the system's
// by default). British English is the source language; its one translation
// file gives the singular and plural forms of the plural messages, and is
// the fallback for languages without a translation of their own.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace idesk
