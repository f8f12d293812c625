#pragma once

class QString;
class QWidget;

namespace idesk::ui {

// Colours that must stay readable under the system's light or dark palette.
// Colour is never the only signal: the words say the same.
QString errorStyleSheet(const QWidget *widget, bool bold = false);

} // namespace idesk::ui
