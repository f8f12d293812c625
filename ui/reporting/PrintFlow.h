#pragma once

#include <QPageSize>

#include <functional>
#include <memory>

class QPrinter;
class QString;
class QWidget;

namespace idesk::ui {

class ReportPreviewDialog;
class ReportRenderer;

// The two ways a report reaches paper, shared by every page that prints:
// the print preview (each page in its own orientation, as the PDF), and the
// printer dialog. `render` draws the report on the printer it is given.
namespace PrintFlow {
using Render = std::function<void(QPrinter *)>;
// Opens the preview (not modal, deleted on close); its Print button runs
// `print`. The renderer keeps whatever it draws from alive.
ReportPreviewDialog *preview(QWidget *parent, const QString &title, QPageSize::PageSizeId size,
                             const std::shared_ptr<ReportRenderer> &renderer,
                             const std::function<void()> &print);
void print(QWidget *parent, QPageSize::PageSizeId size, const Render &render);
} // namespace PrintFlow

} // namespace idesk::ui
