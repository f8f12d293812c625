#pragma once

#include <QDialog>
#include <QImage>
#include <QList>
#include <QSizeF>

#include <functional>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace idesk::ui {

// The print preview: every page in its own orientation, drawn by the same
// renderer as the PDF and the printer, so what is seen is what prints. Pages
// are drawn as they scroll into view, so a long report is never all in
// memory. (Qt's own preview gives every page the first page's orientation.)
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // Page `page` (1 first) drawn at `dpi`.
    using PageImage = std::function<QImage(int page, qreal dpi)>;

    ReportPreviewDialog(const QString &title, const QList<bool> &landscapes, QSizeF portrait,
                        PageImage draw, QWidget *parent = nullptr);

    int pageCount() const { return int(m_pages.size()); }
    // What is shown for a page: its image once drawn, else null.
    QImage shownPage(int index) const;
    QLabel *pageLabel(int index) const { return m_pages.at(index); }
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }

signals:
    void printRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutPages();
    void drawVisible();

    QList<bool> m_landscapes;
    QSizeF m_portrait; // points
    PageImage m_draw;
    qreal m_zoom = 1.0;
    QScrollArea *m_scroll;
    QVBoxLayout *m_column;
    QList<QLabel *> m_pages;
    QList<QImage> m_images;
};

} // namespace idesk::ui
