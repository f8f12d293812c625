#pragma once

#include <QStyledItemDelegate>

class QHeaderView;

namespace idesk::ui {

// Gives each row the height its wrapped text needs at the column's current
// width, so long messages in a tree read in full instead of being elided.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    WrappingItemDelegate(QHeaderView *header, QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QHeaderView *m_header;
};

} // namespace idesk::ui
