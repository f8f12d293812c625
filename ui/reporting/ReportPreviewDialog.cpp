#include "ReportPreviewDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace idesk::ui {

namespace {
constexpr qreal kScreenDpi = 96;
constexpr qreal kMinZoom = 0.4;
constexpr qreal kMaxZoom = 3.0;
} // namespace

ReportPreviewDialog::ReportPreviewDialog(const QString &title, const QList<bool> &landscapes,
                                         QSizeF portrait, PageImage draw, QWidget *parent)
    : QDialog(parent)
    , m_landscapes(landscapes)
    , m_portrait(portrait)
    , m_draw(std::move(draw))
    , m_scroll(new QScrollArea(this))
    , m_column(nullptr)
{
    setWindowTitle(tr("Print Preview: %1").arg(title));
    auto *sheet = new QWidget(m_scroll);
    sheet->setBackgroundRole(QPalette::Dark);
    sheet->setAutoFillBackground(true);
    m_column = new QVBoxLayout(sheet);
    m_column->setSpacing(16);
    m_column->setContentsMargins(16, 16, 16, 16);
    for (int i = 0; i < m_landscapes.size(); ++i) {
        auto *page = new QLabel(sheet);
        page->setAlignment(Qt::AlignCenter);
        page->setAutoFillBackground(true);
        QPalette paper = page->palette();
        paper.setColor(QPalette::Window, Qt::white);
        paper.setColor(QPalette::WindowText, Qt::darkGray);
        page->setPalette(paper);
        page->setText(tr("Page %1").arg(i + 1));
        page->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(m_landscapes.size()));
        m_column->addWidget(page, 0, Qt::AlignHCenter);
        m_pages.append(page);
        m_images.append(QImage());
    }
    m_scroll->setWidget(sheet);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignHCenter);

    auto *zoomIn = new QPushButton(tr("Zoom &In"), this);
    auto *zoomOut = new QPushButton(tr("Zoom &Out"), this);
    auto *pages = new QLabel(tr("%n page(s)", nullptr, int(m_landscapes.size())), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    auto *bar = new QHBoxLayout;
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(pages);
    bar->addStretch();
    bar->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomIn, &QPushButton::clicked, this, [this] { setZoom(m_zoom * 1.25); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { setZoom(m_zoom / 1.25); });
    connect(print, &QPushButton::clicked, this, &ReportPreviewDialog::printRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { drawVisible(); });
    resize(900, 760);
    // Opens with the widest page fitting the window's width.
    const bool anyLandscape =
        std::find(m_landscapes.cbegin(), m_landscapes.cend(), true) != m_landscapes.cend();
    const qreal widest =
        (anyLandscape ? m_portrait.height() : m_portrait.width()) * kScreenDpi / 72.0;
    m_zoom = std::clamp((width() - 80) / widest, kMinZoom, 1.0);
    layoutPages();
}

QImage ReportPreviewDialog::shownPage(int index) const
{
    return m_images.value(index);
}

void ReportPreviewDialog::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    for (QImage &image : m_images)
        image = QImage();
    layoutPages();
}

void ReportPreviewDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    drawVisible();
}

void ReportPreviewDialog::layoutPages()
{
    const qreal dpi = kScreenDpi * m_zoom;
    for (int i = 0; i < m_pages.size(); ++i) {
        QSizeF points = m_portrait;
        if (m_landscapes.at(i))
            points.transpose();
        m_pages.at(i)->setFixedSize((points * dpi / 72.0).toSize());
        m_pages.at(i)->setPixmap({});
        m_pages.at(i)->setText(tr("Page %1").arg(i + 1));
    }
    // Drawn once the layout has placed the pages.
    QTimer::singleShot(0, this, [this] { drawVisible(); });
}

void ReportPreviewDialog::drawVisible()
{
    if (!m_scroll->widget())
        return;
    const QRect view(QPoint(0, m_scroll->verticalScrollBar()->value()),
                     m_scroll->viewport()->size());
    const qreal dpi = kScreenDpi * m_zoom * devicePixelRatioF();
    for (int i = 0; i < m_pages.size(); ++i) {
        QLabel *page = m_pages.at(i);
        if (!m_images.at(i).isNull() ||
            !page->geometry().intersects(view.adjusted(0, -200, 0, 200)))
            continue;
        m_images[i] = m_draw(i + 1, dpi);
        QPixmap pixmap = QPixmap::fromImage(m_images.at(i));
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        page->setPixmap(pixmap);
    }
}

} // namespace idesk::ui
