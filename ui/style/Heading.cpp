#include "Heading.h"

#include <QLabel>

namespace idesk::ui {

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    heading->setAccessibleName(text);
    return heading;
}

} // namespace idesk::ui
