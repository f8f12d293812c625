#include "PrintFlow.h"

#include "reporting/ReportPreviewDialog.h"
#include "reporting/ReportRenderer.h"

#include <QPrintDialog>
#include <QPrinter>

namespace idesk::ui::PrintFlow {

ReportPreviewDialog *preview(QWidget *parent, const QString &title, QPageSize::PageSizeId size,
                             const std::shared_ptr<ReportRenderer> &renderer,
                             const std::function<void()> &print)
{
    auto *dialog = new ReportPreviewDialog(
        title, renderer->pageOrientations(size), QPageSize(size).size(QPageSize::Point),
        [renderer, size](int page, qreal dpi) { return renderer->pageImage(page, size, dpi); },
        parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ReportPreviewDialog::printRequested, dialog, print);
    dialog->show();
    return dialog;
}

void print(QWidget *parent, QPageSize::PageSizeId size, const Render &render)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(size));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        render(&printer);
}

} // namespace idesk::ui::PrintFlow
