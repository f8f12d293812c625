#include "PlaceholderPage.h"

#include "app/Heading.h"

#include <QLabel>
#include <QVBoxLayout>

namespace idesk::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = makeHeading(title, this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace idesk::ui
