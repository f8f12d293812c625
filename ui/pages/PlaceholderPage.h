#pragma once

#include <QWidget>

namespace idesk::ui {

// A section that is not built yet says so plainly, rather than showing
// made-up data.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace idesk::ui
