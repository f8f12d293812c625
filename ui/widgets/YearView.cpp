#include "YearView.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace idesk::ui {

namespace {
constexpr int kColumns = 4;
constexpr int kRows = 3;
} // namespace

YearView::YearView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setMouseTracking(true);
    setAccessibleName(tr("Year calendar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void YearView::setCalendar(const SchoolCalendar &calendar, const QString &academicYear)
{
    m_calendar = calendar;
    m_year = academicYear;
    m_start = QDate(academicYear.left(4).toInt(), 9, 1);
    update();
}

YearView::DayKind YearView::kindOf(QDate day) const
{
    if (day.dayOfWeek() > 5)
        return DayKind::Weekend;
    if (m_calendar.isOpen(day))
        return DayKind::Open;
    for (const auto &c : m_calendar.closures()) {
        if (!c.period.contains(day))
            continue;
        switch (c.kind) {
        case ClosureKind::HalfTerm:
        case ClosureKind::Holiday:
            return DayKind::Holiday;
        case ClosureKind::Inset:
            return DayKind::Inset;
        case ClosureKind::BankHoliday:
            return DayKind::BankHoliday;
        case ClosureKind::Other:
            return DayKind::OtherClosure;
        }
    }
    if (m_calendar.isBankHoliday(day))
        return DayKind::BankHoliday; // from the England and Wales list
    return DayKind::OutsideTerm;
}

QString YearView::kindName(DayKind kind)
{
    switch (kind) {
    case DayKind::OutsideTerm:
        return tr("Not in term");
    case DayKind::Open:
        return tr("School day");
    case DayKind::Weekend:
        return tr("Weekend");
    case DayKind::Holiday:
        return tr("Half term or holiday");
    case DayKind::Inset:
        return tr("INSET day");
    case DayKind::BankHoliday:
        return tr("Bank holiday");
    case DayKind::OtherClosure:
        return tr("Closed");
    }
    return {};
}

QString YearView::describe(QDate day) const
{
    const QString date = QLocale().toString(day, QStringLiteral("dddd d MMMM yyyy"));
    if (m_calendar.isOpen(day)) {
        const Term *term = m_calendar.termContaining(day);
        return tr("%1: school day, %2").arg(date, TermKinds::displayName(term->kind).toLower());
    }
    const QString why = m_calendar.closedBecause(day);
    return why.isEmpty() ? tr("%1: not in term").arg(date) : tr("%1: %2").arg(date, why);
}

QColor YearView::colourOf(DayKind kind) const
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    switch (kind) {
    case DayKind::OutsideTerm:
        return palette().color(QPalette::Base);
    case DayKind::Open:
        return dark ? QColor(0x2e, 0x5e, 0x3a) : QColor(0xd4, 0xed, 0xda);
    case DayKind::Weekend:
        return dark ? QColor(0x3a, 0x3a, 0x3a) : QColor(0xe6, 0xe6, 0xe6);
    case DayKind::Holiday:
        return dark ? QColor(0x2a, 0x4a, 0x6e) : QColor(0xcf, 0xe2, 0xf3);
    case DayKind::Inset:
        return dark ? QColor(0x6e, 0x55, 0x1f) : QColor(0xfc, 0xe5, 0xb0);
    case DayKind::BankHoliday:
        return dark ? QColor(0x6e, 0x2a, 0x4a) : QColor(0xf6, 0xcf, 0xe0);
    case DayKind::OtherClosure:
        return dark ? QColor(0x55, 0x2a, 0x6e) : QColor(0xe2, 0xd4, 0xf3);
    }
    return {};
}

int YearView::legendHeight() const
{
    return fontMetrics().height() * 2;
}

QRect YearView::monthRect(int index) const
{
    const int w = width() / kColumns;
    const int h = (height() - legendHeight()) / kRows;
    return QRect((index % kColumns) * w, legendHeight() + (index / kColumns) * h, w, h)
        .adjusted(6, 6, -6, -6);
}

QRect YearView::dayRect(int monthIndex, QDate day) const
{
    const QRect m = monthRect(monthIndex);
    const int line = fontMetrics().height();
    const int cellW = m.width() / 7;
    const int cellH = (m.height() - 2 * line) / 6;
    const QDate first(day.year(), day.month(), 1);
    const int offset = first.dayOfWeek() - 1; // weeks start on Monday
    const int index = offset + day.day() - 1;
    return QRect(m.left() + (index % 7) * cellW, m.top() + 2 * line + (index / 7) * cellH, cellW,
                 cellH);
}

QDate YearView::dayAt(const QPoint &pos) const
{
    if (!m_start.isValid())
        return {};
    for (int i = 0; i < 12; ++i) {
        if (!monthRect(i).contains(pos))
            continue;
        const QDate first = m_start.addMonths(i);
        for (QDate d = first; d.month() == first.month(); d = d.addDays(1)) {
            if (dayRect(i, d).contains(pos))
                return d;
        }
    }
    return {};
}

QSize YearView::sizeHint() const
{
    const int line = fontMetrics().height();
    return {kColumns * 7 * (line * 2), legendHeight() + kRows * (line * 9)};
}

QSize YearView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {kColumns * 7 * (line + 6), legendHeight() + kRows * (line * 8 + 12)};
}

void YearView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_start.isValid())
        return;
    const QColor text = palette().color(QPalette::Text);
    const QColor grid = palette().color(QPalette::Mid);

    // The legend: a swatch and its name for each kind, so colour is never alone.
    int x = 6;
    const int line = fontMetrics().height();
    for (auto kind : {DayKind::Open, DayKind::Holiday, DayKind::Inset, DayKind::BankHoliday,
                      DayKind::OtherClosure, DayKind::Weekend}) {
        const QRect swatch(x, line / 2, line, line);
        p.fillRect(swatch, colourOf(kind));
        p.setPen(grid);
        p.drawRect(swatch.adjusted(0, 0, -1, -1));
        p.setPen(text);
        const QString name = kindName(kind);
        p.drawText(QPoint(x + line + 4, line / 2 + fontMetrics().ascent()), name);
        x += line + 16 + fontMetrics().horizontalAdvance(name);
    }

    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.85));
    const QStringList initials{tr("M"), tr("T"), tr("W"), tr("T"), tr("F"), tr("S"), tr("S")};
    for (int i = 0; i < 12; ++i) {
        const QDate first = m_start.addMonths(i);
        const QRect m = monthRect(i);
        p.setFont(bold);
        p.setPen(text);
        p.drawText(QRect(m.left(), m.top(), m.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                   QLocale().toString(first, QStringLiteral("MMMM yyyy")));
        p.setFont(small);
        const int cellW = m.width() / 7;
        for (int d = 0; d < 7; ++d)
            p.drawText(QRect(m.left() + d * cellW, m.top() + line, cellW, line), Qt::AlignCenter,
                       initials.at(d));
        for (QDate d = first; d.month() == first.month(); d = d.addDays(1)) {
            const QRect r = dayRect(i, d).adjusted(1, 1, -1, -1);
            const DayKind kind = kindOf(d);
            p.fillRect(r, colourOf(kind));
            if (kind == DayKind::Inset || kind == DayKind::BankHoliday ||
                kind == DayKind::OtherClosure) {
                p.setPen(grid);
                p.drawRect(r.adjusted(0, 0, -1, -1));
            }
            p.setPen(kind == DayKind::Weekend || kind == DayKind::OutsideTerm
                         ? palette().color(QPalette::PlaceholderText)
                         : text);
            p.drawText(r, Qt::AlignCenter, QString::number(d.day()));
        }
    }
}

bool YearView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (day.isValid())
            QToolTip::showText(help->globalPos(), describe(day), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace idesk::ui
