#include "Style.h"

#include <QPalette>
#include <QWidget>

namespace idesk::ui {

QString errorStyleSheet(const QWidget *widget, bool bold)
{
    const bool dark = widget->palette().color(QPalette::Window).lightness() < 128;
    return QStringLiteral("color: %1;%2")
        .arg(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020"),
             bold ? QStringLiteral(" font-weight: bold;") : QString());
}

} // namespace idesk::ui
