#pragma once

#include <QIcon>
#include <QObject>
#include <QStringList>

class QListWidget;

namespace idesk::ui {

// The app's line icons drawn in the palette's own text colours, so they stay
// clear on a light or a dark desktop and on a selected row; they are drawn
// again when the palette changes (a switch to dark mode while running).
class ThemedIcons : public QObject
{
    Q_OBJECT
public:
    // `name` is an icon in resources/icons, without ".svg".
    static QIcon icon(const QString &name, const QPalette &palette);
    // Gives each item of `list` the icon named at its row, now and whenever
    // the list's palette changes.
    static void follow(QListWidget *list, const QStringList &names);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ThemedIcons(QListWidget *list, QStringList names);
    void apply();

    QListWidget *m_list;
    QStringList m_names;
};

} // namespace idesk::ui
