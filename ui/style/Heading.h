#pragma once

class QLabel;
class QString;
class QWidget;

namespace idesk::ui {

// The title at the top of each page, sized from the platform's font.
QLabel *makeHeading(const QString &text, QWidget *parent);

} // namespace idesk::ui
