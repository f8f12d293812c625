#include "ThemedIcons.h"

#include <QEvent>
#include <QFile>
#include <QListWidget>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace idesk::ui {

namespace {
// The colour the icons are drawn in, replaced by the palette's.
const QByteArray kInk = QByteArrayLiteral("#5b6b7a");

QPixmap draw(const QByteArray &svg, const QColor &colour, int size)
{
    QByteArray tinted = svg;
    tinted.replace(kInk, colour.name().toLatin1());
    QSvgRenderer renderer(tinted);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    return pixmap;
}
} // namespace

QIcon ThemedIcons::icon(const QString &name, const QPalette &palette)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QIcon icon;
    for (int size : {16, 22, 24, 32, 44, 48, 64}) {
        icon.addPixmap(draw(svg, palette.color(QPalette::Text), size), QIcon::Normal);
        icon.addPixmap(draw(svg, palette.color(QPalette::HighlightedText), size), QIcon::Selected);
        icon.addPixmap(draw(svg, palette.color(QPalette::Disabled, QPalette::Text), size),
                       QIcon::Disabled);
    }
    return icon;
}

void ThemedIcons::follow(QListWidget *list, const QStringList &names)
{
    auto *follower = new ThemedIcons(list, names);
    list->installEventFilter(follower);
    follower->apply();
}

ThemedIcons::ThemedIcons(QListWidget *list, QStringList names)
    : QObject(list)
    , m_list(list)
    , m_names(std::move(names))
{}

bool ThemedIcons::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::PaletteChange)
        apply();
    return QObject::eventFilter(watched, event);
}

void ThemedIcons::apply()
{
    for (int i = 0; i < m_list->count() && i < m_names.size(); ++i)
        m_list->item(i)->setIcon(icon(m_names.at(i), m_list->palette()));
}

} // namespace idesk::ui
