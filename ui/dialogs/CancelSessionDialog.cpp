#include "CancelSessionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace idesk::ui {

CancelSessionDialog::CancelSessionDialog(const QString &what, int maxReason, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_confirm(nullptr)
{
    setWindowTitle(tr("Cancel Session"));
    auto *question = new QLabel(
        tr("Cancel the %1? The session stays in the record as cancelled, with the reason, and "
           "the nearest free slots are offered to move it to.")
            .arg(what),
        this);
    question->setWordWrap(true);
    m_reason->setMaxLength(maxReason);
    m_reason->setPlaceholderText(tr("For example: mentor on a school trip"));
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Reason:"), this);
    label->setBuddy(m_reason);
    form->addRow(label, m_reason);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Cancel &Session"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Keep Session"), QDialogButtonBox::RejectRole)->setDefault(true);
    m_confirm->setEnabled(false);
    m_confirm->setToolTip(tr("Give a reason first"));
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_confirm->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString CancelSessionDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace idesk::ui
