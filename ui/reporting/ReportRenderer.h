#pragma once

#include "reporting/StandardsSummary.h"
#include "reporting/TermlyReport.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>

class QPagedPaintDevice;
class QPainter;

namespace idesk::ui {

// Draws a report page by page with QPainter, so that one renderer serves the
// print preview, any printer and PDF, and a 600-page report never sits in
// memory at once. Two reports: the termly summary (the school overview
// landscape, the rest portrait) and a mentor's one-page standards summary.
// Every page names the school, what it covers, the date produced and its number.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
public:
    explicit ReportRenderer(const TermlyReport &report, bool overview = true)
        : m_report(&report)
        , m_overview(overview)
    {}
    explicit ReportRenderer(const StandardsSummary &summary)
        : m_standards(&summary)
        , m_overview(false)
    {}

    // Draws every page on a device that is open and on its first page.
    Status render(QPagedPaintDevice &device, QPainter &painter);
    int pageCount() const { return m_pages; }

    static Status writePdf(const TermlyReport &report, const QString &path,
                           QPageSize::PageSizeId size = QPageSize::A4, bool overview = true);
    static Status writePdf(const StandardsSummary &summary, const QString &path,
                           QPageSize::PageSizeId size = QPageSize::A4);
    bool startsLandscape() const;
    // For the preview: each page's orientation (true: landscape), and one
    // page drawn as an image, exactly as it prints.
    QList<bool> pageOrientations(QPageSize::PageSizeId size);
    QImage pageImage(int page, QPageSize::PageSizeId size, qreal dpi);

private:
    // Where pages go: a PDF writer or printer, or one page's image.
    class Target
    {
    public:
        virtual ~Target() = default;
        // Starts page `page` (1 first); returns its size in points.
        virtual QSizeF startPage(bool landscape, int page, bool drawing) = 0;
        virtual bool draws(int page) const = 0;
        virtual qreal dpi() const = 0;
    };
    class DeviceTarget;
    class ImageTarget;
    struct Cursor;
    QList<bool> pass(Target &target, QPainter &painter, bool draw);
    void termly(Cursor &c);
    void standards(Cursor &c);
    Status writePdfFile(const QString &path, const QString &title, QPageSize::PageSizeId size);

    const TermlyReport *m_report = nullptr;
    const StandardsSummary *m_standards = nullptr;
    bool m_overview;
    int m_pages = 0;
};

} // namespace idesk::ui
