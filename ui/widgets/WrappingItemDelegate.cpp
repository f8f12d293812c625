#include "WrappingItemDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>

namespace idesk::ui {

WrappingItemDelegate::WrappingItemDelegate(QHeaderView *header, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_header(header)
{}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    const int width = m_header->sectionSize(index.column());
    // Top-level rows are group titles spanning the whole row: one line.
    if (text.isEmpty() || width <= 0 || !index.parent().isValid())
        return hint;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    // The first column also gives room to the tree's indentation.
    const int indent = index.column() == 0 ? 24 : 0;
    const QRect needed =
        opt.fontMetrics.boundingRect(QRect(0, 0, std::max(20, width - 2 * margin - indent), 10000),
                                     Qt::TextWordWrap | Qt::AlignLeft, text);
    hint.setHeight(std::max(hint.height(), needed.height() + 4));
    return hint;
}

} // namespace idesk::ui
