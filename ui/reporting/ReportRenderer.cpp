#include "ReportRenderer.h"

#include "util/BidiText.h"

#include "util/Dates.h"
#include "util/SafeFile.h"

#include <QFileInfo>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <utility>

namespace idesk::ui {

namespace {
constexpr qreal kMargin = 40; // points
constexpr qreal kBody = 10;   // point sizes
constexpr qreal kSmall = 8;
constexpr qreal kHeading = 15;
constexpr qreal kTitle = 20;
// Room a section wants left on a page before it starts there, points.
constexpr qreal kMenteeBlock = 230;
constexpr qreal kMentorBlock = 90;

QFont font(qreal size, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(int(size + 0.5)); // the painter works in points
    f.setBold(bold);
    return f;
}

QColor ragColour(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QColor(0xe5, 0x73, 0x73);
    case Rag::Amber:
        return QColor(0xf6, 0xc0, 0x4e);
    case Rag::Green:
        return QColor(0x7c, 0xc4, 0x8b);
    }
    return {};
}
} // namespace

// Where drawing has got to, in points on the current page.
struct ReportRenderer::Cursor
{
    Target &target;
    QPainter &painter;
    QString footerText;
    bool drawing; // false: a pass that only counts the pages
    int page = 1;
    int total = 0;
    qreal y = kMargin;
    QSizeF size; // of the current page, points
    bool landscape = false;
    bool draw = false;           // this page is being drawn
    QList<bool> landscapes = {}; // each page's orientation, as laid out

    qreal width() const { return size.width() - 2 * kMargin; }
    qreal bottom() const { return size.height() - kMargin - 24; }

    void setup(bool wantLandscape)
    {
        landscape = wantLandscape;
        size = target.startPage(landscape, page, drawing);
        draw = drawing && target.draws(page);
        landscapes.append(landscape);
        if (draw) {
            const qreal scale = target.dpi() / 72.0;
            painter.resetTransform();
            painter.scale(scale, scale);
        }
        y = kMargin;
    }
    void footer()
    {
        if (!draw)
            return;
        painter.setFont(font(kSmall));
        painter.setPen(Qt::darkGray);
        const QRectF line(kMargin, size.height() - kMargin, width(), 14);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, footerText);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                         ReportRenderer::tr("Page %1 of %2").arg(page).arg(total));
        painter.setPen(Qt::black);
    }
    void newPage(bool wantLandscape)
    {
        footer();
        ++page;
        setup(wantLandscape);
    }
    void need(qreal height)
    {
        if (y + height > bottom())
            newPage(landscape);
    }
    // Wrapped text; returns its height.
    void text(const QString &s, qreal points, bool bold = false, qreal indent = 0)
    {
        const QFont f = font(points, bold);
        const QFontMetricsF fm(f);
        const QRectF box =
            fm.boundingRect(QRectF(0, 0, width() - indent, 1e6), Qt::TextWordWrap, s);
        need(box.height() + 2);
        if (draw) {
            painter.setFont(f);
            painter.drawText(QRectF(kMargin + indent, y, width() - indent, box.height() + 2),
                             Qt::TextWordWrap, s);
        }
        y += box.height() + 3;
    }
    void gap(qreal h) { y += h; }
};

bool ReportRenderer::startsLandscape() const
{
    return m_report && m_overview && !m_report->mentees.isEmpty();
}

// A PDF writer or a printer: each page takes its orientation before it starts.
class ReportRenderer::DeviceTarget final : public ReportRenderer::Target
{
public:
    explicit DeviceTarget(QPagedPaintDevice &device)
        : m_device(device)
    {}
    QSizeF startPage(bool landscape, int page, bool drawing) override
    {
        m_device.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        if (page > 1 && drawing)
            m_device.newPage();
        return m_device.pageLayout().paintRect(QPageLayout::Point).size();
    }
    bool draws(int) const override { return true; }
    qreal dpi() const override { return m_device.logicalDpiX(); }

private:
    QPagedPaintDevice &m_device;
};

// One page as an image, for the preview: the same drawing as the PDF, page by
// page, so a long report is never all in memory.
class ReportRenderer::ImageTarget final : public ReportRenderer::Target
{
public:
    ImageTarget(QPainter &painter, QPageSize::PageSizeId size, int only, qreal dpi)
        : m_painter(painter)
        , m_size(size)
        , m_only(only)
        , m_dpi(dpi)
    {}
    QSizeF startPage(bool landscape, int page, bool drawing) override
    {
        QSizeF points = QPageSize(m_size).size(QPageSize::Point);
        if (landscape)
            points.transpose();
        if (m_painter.isActive())
            m_painter.end();
        if (drawing && page == m_only) {
            m_image = QImage((points * m_dpi / 72.0).toSize(), QImage::Format_ARGB32_Premultiplied);
            m_image.fill(Qt::white);
            m_painter.begin(&m_image);
            m_painter.setRenderHint(QPainter::Antialiasing);
            m_painter.setRenderHint(QPainter::TextAntialiasing);
        }
        return points;
    }
    bool draws(int page) const override { return page == m_only; }
    qreal dpi() const override { return m_dpi; }
    QImage take()
    {
        if (m_painter.isActive())
            m_painter.end();
        return std::exchange(m_image, QImage());
    }

private:
    QPainter &m_painter;
    QPageSize::PageSizeId m_size;
    int m_only;
    qreal m_dpi;
    QImage m_image;
};

QList<bool> ReportRenderer::pageOrientations(QPageSize::PageSizeId size)
{
    QPainter painter;
    ImageTarget target(painter, size, 0, 72);
    return pass(target, painter, false);
}

QImage ReportRenderer::pageImage(int page, QPageSize::PageSizeId size, qreal dpi)
{
    QPainter painter;
    ImageTarget target(painter, size, page, dpi);
    if (m_pages == 0)
        pass(target, painter, false);
    pass(target, painter, true);
    return target.take();
}

QList<bool> ReportRenderer::pass(Target &target, QPainter &painter, bool draw)
{
    const QString footer = m_report ? tr("%1 · %2 · produced %3")
                                          .arg(BidiText::isolated(m_report->school),
                                               m_report->period, Dates::uk(m_report->produced))
                                    : tr("%1 · %2 · produced %3")
                                          .arg(BidiText::isolated(m_standards->school),
                                               BidiText::isolated(m_standards->mentor),
                                               Dates::uk(m_standards->produced));
    Cursor c{target, painter, footer, draw, 1, 0, kMargin, QSizeF(), false};
    c.total = m_pages;
    c.setup(startsLandscape());
    if (m_report)
        termly(c);
    else
        standards(c);
    c.footer();
    m_pages = c.page;
    return c.landscapes;
}

void ReportRenderer::termly(Cursor &c)
{
    const TermlyReport &report = *m_report;
    QPainter &painter = c.painter;
    const bool overviewFirst = startsLandscape();
    c.text(tr("Termly summary of mentoring and induction support"), kTitle, true);
    c.text(tr("%1 · %2 (%3 to %4) · produced %5")
               .arg(BidiText::isolated(report.school), report.period, Dates::uk(report.range.from),
                    Dates::uk(report.range.to), Dates::uk(report.produced)),
           kBody);
    c.text(tr("This summary reports the mentoring and support given. It does not assess or grade "
              "any teacher."),
           kSmall);
    c.gap(8);
    if (overviewFirst) {
        c.text(tr("The school at a glance"), kHeading, true);
        const QList<qreal> cols{0.22, 0.26, 0.24, 0.07, 0.07, 0.07, 0.07};
        const QStringList head{tr("Mentee"), tr("Programme"), tr("Mentor"), tr("Due"),
                               tr("Held"),   tr("Missed"),    tr("Status")};
        const auto row = [&](const QStringList &cells, bool bold, const QColor &fill) {
            const qreal h = 16;
            c.need(h);
            if (c.draw) {
                painter.setFont(font(kSmall + 1, bold));
                qreal x = kMargin;
                for (int i = 0; i < cells.size(); ++i) {
                    const qreal w = cols.at(i) * c.width();
                    const QRectF cell(x, c.y, w, h);
                    if (i == cells.size() - 1 && fill.isValid())
                        painter.fillRect(cell.adjusted(1, 1, -1, -1), fill);
                    painter.drawText(cell.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft,
                                     QFontMetricsF(painter.font())
                                         .elidedText(cells.at(i), Qt::ElideRight, w - 6));
                    x += w;
                }
                painter.setPen(Qt::lightGray);
                painter.drawLine(QPointF(kMargin, c.y + h), QPointF(kMargin + c.width(), c.y + h));
                painter.setPen(Qt::black);
            }
            c.y += h;
        };
        row(head, true, {});
        for (const MenteeSummary &m : report.mentees)
            row({m.name, m.programme,
                 m.mentors.isEmpty() ? tr("none")
                                     : m.mentors.last().section(QLatin1Char(','), 0, 0),
                 QString::number(m.due), QString::number(m.held), QString::number(m.missed),
                 TermlyReport::ragWord(m.status)},
                false, ragColour(m.status));
    }
    // Sections run on down the page, as a printed report does, and a new page
    // starts only when the next section would not fit where it would begin.
    const auto startSection = [&](qreal wanted) {
        if (c.landscape) {
            c.newPage(false);
            return;
        }
        if (c.y <= kMargin + 1)
            return;
        if (c.y + wanted > c.bottom()) {
            c.newPage(false);
            return;
        }
        c.gap(6);
        if (c.draw) {
            painter.setPen(QColor(0x99, 0x99, 0x99));
            painter.drawLine(QPointF(kMargin, c.y), QPointF(kMargin + c.width(), c.y));
            painter.setPen(Qt::black);
        }
        c.gap(10);
    };
    for (const MenteeSummary &m : report.mentees) {
        startSection(kMenteeBlock);
        c.text(m.name, kHeading, true);
        c.text(m.programme, kBody);
        c.text(tr("Mentor: %1")
                   .arg(m.mentors.isEmpty() ? tr("none") : m.mentors.join(QStringLiteral("; "))),
               kBody);
        c.gap(4);
        c.text(
            tr("Sessions due %1 · held %2 · missed %3 · cancelled %4 · outside teaching hours %5 "
               "· observations held %6 · status %7")
                .arg(m.due)
                .arg(m.held)
                .arg(m.missed)
                .arg(m.cancelled)
                .arg(m.exceptional)
                .arg(m.observations)
                .arg(TermlyReport::ragWord(m.status)),
            kBody, true);
        // Weekly mentoring: one bar per school week, minutes held, on an axis
        // with its values, the weeks named by their Monday.
        if (!m.weeklyMinutes.isEmpty()) {
            const qreal h = 70, axisW = 34;
            c.need(h + 34);
            c.text(tr("Minutes of mentoring held each school week (weeks by their Monday)"), kSmall,
                   true);
            c.gap(4);
            if (c.draw) {
                int most = 60;
                for (const auto &w : m.weeklyMinutes)
                    most = std::max(most, w.second);
                most = (most + 29) / 30 * 30; // a round top: 60, 90, 120 ...
                const qreal left = kMargin + axisW;
                const qreal barW =
                    std::min<qreal>(24, (c.width() - axisW) / m.weeklyMinutes.size());
                painter.setFont(font(6));
                for (int tick : {0, most / 2, most}) {
                    const qreal ty = c.y + h - h * tick / most;
                    painter.setPen(Qt::black);
                    painter.drawText(QRectF(kMargin, ty - 5, axisW - 4, 10),
                                     Qt::AlignRight | Qt::AlignVCenter, tr("%1 min").arg(tick));
                    painter.setPen(QColor(0xdd, 0xdd, 0xdd));
                    painter.drawLine(QPointF(left, ty), QPointF(kMargin + c.width(), ty));
                }
                painter.setPen(Qt::black);
                for (int i = 0; i < m.weeklyMinutes.size(); ++i) {
                    const qreal bh = h * m.weeklyMinutes.at(i).second / most;
                    const QRectF bar(left + i * barW + 2, c.y + h - bh, barW - 4, bh);
                    painter.fillRect(bar, m.weeklyMinutes.at(i).second > 0
                                              ? QColor(0x1f, 0x5f, 0x8b)
                                              : QColor(0xcc, 0xcc, 0xcc));
                    painter.drawText(QRectF(left + i * barW, c.y + h + 1, barW, 9), Qt::AlignCenter,
                                     m.weeklyMinutes.at(i).first.toString(QStringLiteral("dd/MM")));
                }
                painter.setPen(Qt::gray);
                painter.drawLine(QPointF(left, c.y), QPointF(left, c.y + h));
                painter.drawLine(QPointF(left, c.y + h), QPointF(kMargin + c.width(), c.y + h));
                painter.setPen(Qt::black);
            }
            c.y += h + 14;
        }
        c.text(tr("Weeks missed"), kBody, true);
        if (m.weeksMissed.isEmpty())
            c.text(tr("No weeks were missed: every due session was held."), kBody, false, 10);
        for (const auto &w : m.weeksMissed)
            c.text(w.second, kSmall + 1, false, 10);
        if (!m.flags.isEmpty()) {
            c.text(tr("Other matters and what is being done"), kBody, true);
            for (const auto &f : m.flags)
                c.text(tr("%1 Action: %2").arg(f.first, f.second), kSmall + 1, false, 10);
        }
    }
    for (const MentorSummary &s : report.mentors) {
        startSection(kMentorBlock);
        c.text(tr("Mentor: %1").arg(BidiText::isolated(s.name)), kHeading, true);
        c.text(tr("Mentees: %1").arg(s.mentees.join(QStringLiteral(", "))), kBody);
        c.text(tr("Training: %1 hours attended; %2 hours expected by the end of the period at the "
                  "programme's pace.")
                   .arg(s.trainingHours)
                   .arg(s.expectedHours, 0, 'f', 1),
               kBody);
        if (s.events.isEmpty())
            c.text(tr("No training events recorded."), kSmall + 1, false, 10);
        for (const QStringList &e : s.events)
            c.text(tr("%1: %2, %3 hours, %4").arg(e.at(0), e.at(1), e.at(2), e.at(3)), kSmall + 1,
                   false, 10);
    }
}

void ReportRenderer::standards(Cursor &c)
{
    const StandardsSummary &summary = *m_standards;
    QPainter &painter = c.painter;
    c.text(tr("National Standards self-assessment: %1").arg(BidiText::isolated(summary.mentor)),
           kHeading + 1, true);
    c.text(tr("%1 · %2 · produced %3")
               .arg(BidiText::isolated(summary.school),
                    summary.roles.isEmpty() ? tr("mentor") : summary.roles,
                    Dates::uk(summary.produced)),
           kBody);
    c.text(summary.lastAssessed.isValid()
               ? tr("Last assessed %1 · red %2 · amber %3 · green %4 · not rated %5")
                     .arg(Dates::uk(summary.lastAssessed))
                     .arg(summary.red)
                     .arg(summary.amber)
                     .arg(summary.green)
                     .arg(summary.notRated)
               : tr("Not yet assessed against the standards."),
           kBody, true);
    c.text(tr("The mentor's own view of where support would help: developmental, not an "
              "assessment. Red: will not meet it without support; amber: might need support; "
              "green: meets it."),
           kSmall);
    c.gap(4);

    // One page: item texts in one or two lines at a small size, the rating in
    // words on its colour, so a grey-scale copy still reads.
    const qreal ratingW = 62, dateW = 54, codeW = 24;
    const QFont itemFont = font(kSmall);
    const QFontMetricsF fm(itemFont);
    for (const StandardsSummary::Section &section : summary.sections) {
        c.text(tr("Standard %1: %2").arg(section.number).arg(section.title), kBody, true);
        for (const StandardsSummary::Row &row : section.rows) {
            const qreal textW = c.width() - codeW - ratingW - dateW - 8;
            const QRectF box =
                fm.boundingRect(QRectF(0, 0, textW, 1e6), Qt::TextWordWrap, row.item.text);
            const qreal h = std::max<qreal>(12, box.height() + 2);
            c.need(h);
            if (c.draw) {
                painter.setFont(itemFont);
                painter.drawText(QRectF(kMargin, c.y, codeW, h), Qt::AlignLeft | Qt::AlignTop,
                                 row.item.code);
                painter.drawText(QRectF(kMargin + codeW, c.y, textW, h),
                                 Qt::TextWordWrap | Qt::AlignTop, row.item.text);
                const QRectF rating(kMargin + c.width() - ratingW - dateW, c.y, ratingW - 4, 12);
                if (row.rating) {
                    const Rag rag = *row.rating == StandardsRating::Red     ? Rag::Red
                                    : *row.rating == StandardsRating::Amber ? Rag::Amber
                                                                            : Rag::Green;
                    painter.fillRect(rating, ragColour(rag));
                }
                painter.setFont(font(kSmall, row.rating.has_value()));
                painter.drawText(rating, Qt::AlignCenter,
                                 row.rating ? StandardsRatings::displayName(*row.rating)
                                            : tr("Not rated"));
                painter.setFont(itemFont);
                painter.drawText(QRectF(kMargin + c.width() - dateW, c.y, dateW, 12),
                                 Qt::AlignRight | Qt::AlignTop,
                                 row.date.isValid() ? Dates::uk(row.date) : QString());
                painter.setPen(QColor(0xdd, 0xdd, 0xdd));
                painter.drawLine(QPointF(kMargin, c.y + h), QPointF(kMargin + c.width(), c.y + h));
                painter.setPen(Qt::black);
            }
            c.y += h + 1;
        }
        c.gap(3);
    }
    c.text(tr("Support plan"), kBody, true);
    if (summary.plan.isEmpty())
        c.text(summary.lastAssessed.isValid()
                   ? tr("No item is rated red or amber: no support is needed at present.")
                   : tr("The support plan follows from the first self-assessment."),
               kSmall + 1, false, 10);
    for (const SupportNeed &n : summary.plan) {
        QString line =
            tr("%1 (%2) %3")
                .arg(n.item.code, StandardsRatings::displayName(n.latest.rating), n.item.text);
        if (!n.latest.note.isEmpty())
            line += QStringLiteral(" · ") + n.latest.note;
        const QFont f = font(kSmall);
        c.need(11);
        if (c.draw) {
            painter.setFont(f);
            painter.drawText(QRectF(kMargin + 10, c.y, c.width() - 10, 11),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(f).elidedText(line, Qt::ElideRight, c.width() - 10));
        }
        c.y += 11;
    }
    c.gap(3);
    c.text(tr("Training"), kBody, true);
    if (summary.training.isEmpty())
        c.text(tr("No mentor training programme is recorded."), kSmall + 1, false, 10);
    for (const QString &line : summary.training)
        c.text(line, kSmall + 1, false, 10);
}

Status ReportRenderer::render(QPagedPaintDevice &device, QPainter &painter)
{
    DeviceTarget target(device);
    pass(target, painter, false); // count the pages for "Page n of N"
    device.setPageOrientation(startsLandscape() ? QPageLayout::Landscape : QPageLayout::Portrait);
    pass(target, painter, true);
    return Status::success();
}

Status ReportRenderer::writePdf(const TermlyReport &report, const QString &path,
                                QPageSize::PageSizeId size, bool overview)
{
    ReportRenderer renderer(report, overview);
    return renderer.writePdfFile(
        path, tr("Termly summary, %1, %2").arg(BidiText::isolated(report.school), report.period),
        size);
}

Status ReportRenderer::writePdf(const StandardsSummary &summary, const QString &path,
                                QPageSize::PageSizeId size)
{
    ReportRenderer renderer(summary);
    return renderer.writePdfFile(
        path, tr("National Standards self-assessment, %1").arg(summary.mentor), size);
}

Status ReportRenderer::writePdfFile(const QString &path, const QString &title,
                                    QPageSize::PageSizeId size)
{
    // Written beside the target and renamed over it only when every byte has
    // landed (SafeFile): a full disk leaves the old PDF as it was.
    return SafeFile::write(path, [&](QIODevice &device) -> Status {
        QPdfWriter writer(&device);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(size));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("InductionDesk"));
        writer.setPageOrientation(startsLandscape() ? QPageLayout::Landscape
                                                    : QPageLayout::Portrait);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::storage(tr("the PDF could not be started"));
        if (auto s = render(writer, painter); !s)
            return s;
        if (!painter.end())
            return Error::storage(tr("the PDF could not be finished"));
        return Status::success();
    });
}

} // namespace idesk::ui
