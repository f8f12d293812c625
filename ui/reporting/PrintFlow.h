#pragma once

#include <QPageSize>

#include <functional>

class QPrinter;
class QString;
class QWidget;

namespace idesk::ui {

// The two ways a report reaches paper, shared by every page that prints:
// the print preview, and the printer dialog. `render` draws the report on the
// printer it is given.
namespace PrintFlow {
using Render = std::function<void(QPrinter *)>;
void preview(QWidget *parent, const QString &title, QPageSize::PageSizeId size,
             const Render &render);
void print(QWidget *parent, QPageSize::PageSizeId size, const Render &render);
} // namespace PrintFlow

} // namespace idesk::ui
