#pragma once

#include "reporting/TermlyReport.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QPageSize>

class QPagedPaintDevice;
class QPainter;

namespace idesk::ui {

// Draws a termly summary page by page with QPainter, so that one renderer
// serves the print preview, any printer and PDF, and a 600-page report never
// sits in memory at once. The school overview is landscape, the rest portrait;
// every page names the school, the period, the date produced and its number.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
public:
    explicit ReportRenderer(const TermlyReport &report, bool overview = true)
        : m_report(report)
        , m_overview(overview)
    {}

    // Draws every page on a device that is open and on its first page.
    Status render(QPagedPaintDevice &device, QPainter &painter);
    int pageCount() const { return m_pages; }

    static Status writePdf(const TermlyReport &report, const QString &path,
                           QPageSize::PageSizeId size = QPageSize::A4, bool overview = true);

private:
    struct Cursor;
    void pass(QPagedPaintDevice &device, QPainter &painter, bool draw);

    const TermlyReport &m_report;
    bool m_overview;
    int m_pages = 0;
};

} // namespace idesk::ui
