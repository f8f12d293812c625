#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace idesk::ui {

OptionalDateEdit::OptionalDateEdit(const QString &setLabel, QWidget *parent)
    : QWidget(parent)
    , m_set(new QCheckBox(setLabel, this))
    , m_edit(new QDateEdit(this))
{
    m_edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_edit->setCalendarPopup(true);
    m_edit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_set);
    connect(m_set, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        emit dateChanged();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
}

QDate OptionalDateEdit::date() const
{
    return m_set->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setSuggestion(QDate day)
{
    if (!m_set->isChecked() && day.isValid())
        m_edit->setDate(day);
}

void OptionalDateEdit::setDate(QDate date)
{
    m_set->setChecked(date.isValid());
    if (date.isValid())
        m_edit->setDate(date);
}

} // namespace idesk::ui
