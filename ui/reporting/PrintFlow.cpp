#include "PrintFlow.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace idesk::ui::PrintFlow {

void preview(QWidget *parent, const QString &title, QPageSize::PageSizeId size,
             const Render &render)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(size));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, render);
    dialog.exec();
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
