#include "AssignMentorDialog.h"

#include "application/PairingUseCases.h"
#include "application/PeopleUseCases.h"
#include "style/Style.h"
#include "util/Dates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace idesk::ui {

AssignMentorDialog::AssignMentorDialog(Workspace &workspace, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_kind(new QComboBox(this))
    , m_mentee(new QComboBox(this))
    , m_mentor(new QComboBox(this))
    , m_from(new QDateEdit(today, this))
    , m_replace(new QCheckBox(this))
    , m_reason(new QLineEdit(this))
    , m_history(new QLabel(this))
    , m_findings(new QVBoxLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Assign Mentor"));
    m_kind->addItem(PairingKinds::displayName(PairingKind::Ect),
                    PairingKinds::key(PairingKind::Ect));
    m_kind->addItem(PairingKinds::displayName(PairingKind::Itt),
                    PairingKinds::key(PairingKind::Itt));
    if (auto people = PeopleUseCases(workspace).all()) {
        for (const auto &p : *people) {
            const QString label = p.staffCode.isEmpty()
                                      ? p.displayName()
                                      : QStringLiteral("%1 (%2)").arg(p.displayName(), p.staffCode);
            m_mentee->addItem(label, p.id);
            m_mentor->addItem(label, p.id);
        }
    } else {
        m_read = people.error();
    }
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_from->setCalendarPopup(true);
    m_reason->setPlaceholderText(tr("Why the mentor is changing (kept in the history)"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::PlainText);

    m_kind->setAccessibleName(tr("Kind of mentoring"));
    m_mentee->setAccessibleName(tr("Mentee"));
    m_mentor->setAccessibleName(tr("Mentor"));
    m_from->setAccessibleName(tr("First day of the pairing"));
    m_replace->setAccessibleName(tr("Replace the current mentor"));
    m_reason->setAccessibleName(tr("Reason for the change"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("M&entee:"), m_mentee);
    form->addRow(tr("&Mentor:"), m_mentor);
    form->addRow(tr("&From:"), m_from);
    form->addRow(QString(), m_replace);
    form->addRow(tr("&Reason:"), m_reason);

    auto *historyBox = new QGroupBox(tr("Pairing history of this mentee"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    auto *checksBox = new QGroupBox(tr("Checks"), this);
    checksBox->setLayout(m_findings);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(historyBox);
    layout->addWidget(checksBox);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AssignMentorDialog::refresh);
    connect(m_mentee, &QComboBox::currentIndexChanged, this, &AssignMentorDialog::refresh);
    connect(m_mentor, &QComboBox::currentIndexChanged, this, &AssignMentorDialog::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &AssignMentorDialog::refresh);
    connect(m_replace, &QCheckBox::toggled, this, &AssignMentorDialog::refresh);
    resize(560, 480);
    refresh();
}

QPushButton *AssignMentorDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void AssignMentorDialog::setMentee(qint64 personId)
{
    m_mentee->setCurrentIndex(m_mentee->findData(personId));
}

void AssignMentorDialog::setMentor(qint64 personId)
{
    m_mentor->setCurrentIndex(m_mentor->findData(personId));
}

void AssignMentorDialog::setKind(PairingKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(PairingKinds::key(kind)));
}

void AssignMentorDialog::setFrom(QDate day)
{
    m_from->setDate(day);
}

AssignmentRequest AssignMentorDialog::request() const
{
    AssignmentRequest r;
    r.kind = PairingKinds::fromKey(m_kind->currentData().toString()).value_or(PairingKind::Ect);
    r.menteeId = m_mentee->currentData().toLongLong();
    r.mentorId = m_mentor->currentData().toLongLong();
    r.period = {m_from->date(), {}};
    if (!m_replace->isHidden() && m_replace->isChecked()) {
        r.replacingId = m_replacingId;
        r.replacementReason = m_reason->text().trimmed();
    }
    r.acknowledged = m_acknowledged;
    return r;
}

void AssignMentorDialog::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const AssignmentRequest r = request();
    PairingUseCases service(m_ws);

    // Offer to replace only when the mentee has a mentor of this kind already.
    m_replacingId = 0;
    QHash<qint64, QString> names;
    for (int i = 0; i < m_mentor->count(); ++i)
        names.insert(m_mentor->itemData(i).toLongLong(), m_mentor->itemText(i));
    if (auto current = service.currentPairing(r.menteeId, r.kind, r.period.from.addDays(-1));
        current && current->has_value()) {
        m_replacingId = (*current)->id;
        m_replace->setText(
            tr("Replace the current mentor, %1 (since %2)")
                .arg(names.value((*current)->mentorId), Dates::uk((*current)->period.from)));
        m_replace->setVisible(true);
    } else {
        m_replace->setVisible(false);
    }
    m_reason->setEnabled(!m_replace->isHidden() && m_replace->isChecked());

    QStringList history;
    if (auto list = PairingUseCases(m_ws).ofMentee(r.menteeId)) {
        for (const auto &p : *list) {
            if (p.kind != r.kind)
                continue;
            QString line = tr("%1: from %2").arg(names.value(p.mentorId), Dates::uk(p.period.from));
            if (!p.period.isOpenEnded())
                line += tr(" to %1").arg(Dates::uk(p.period.to));
            if (!p.endReason.isEmpty())
                line += QStringLiteral(" (%1)").arg(p.endReason);
            history.append(line);
        }
    }
    m_history->setText(history.isEmpty() ? tr("No mentor of this kind yet.")
                                         : history.join(QLatin1Char('\n')));

    auto check = service.preview(request());
    m_check = check ? *check : AssignmentCheck{{check.error().message}, {}};
    rebuildFindings();
    m_refreshing = false;
}

void AssignMentorDialog::rebuildFindings()
{
    while (QLayoutItem *item = m_findings->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_ackBoxes.clear();
    for (const QString &refusal : std::as_const(m_check.refusals)) {
        // Words, not only colour, say that this blocks saving.
        auto *label = new QLabel(tr("Cannot save: %1").arg(refusal), this);
        label->setWordWrap(true);
        label->setStyleSheet(errorStyleSheet(this, true));
        m_findings->addWidget(label);
    }
    for (const auto &w : std::as_const(m_check.warnings)) {
        auto *text = new QLabel(tr("Warning: %1").arg(w.message), this);
        text->setWordWrap(true);
        m_findings->addWidget(text);
        auto *box = new QCheckBox(
            tr("I have checked this; go ahead (the acknowledgement is recorded)"), this);
        box->setChecked(m_acknowledged.contains(w.warning));
        box->setAccessibleName(tr("Acknowledge: %1").arg(AssignmentWarnings::key(w.warning)));
        box->setProperty("warning", AssignmentWarnings::key(w.warning));
        connect(box, &QCheckBox::toggled, this, [this, warning = w.warning](bool on) {
            if (on && !m_acknowledged.contains(warning))
                m_acknowledged.append(warning);
            if (!on)
                m_acknowledged.removeAll(warning);
            const auto check = PairingUseCases(m_ws).preview(request());
            if (check)
                m_check = *check;
            saveButton()->setEnabled(m_check.canSave());
        });
        m_ackBoxes.append(box);
        m_findings->addWidget(box);
    }
    if (m_check.refusals.isEmpty() && m_check.warnings.isEmpty())
        m_findings->addWidget(new QLabel(tr("All checks pass."), this));
    saveButton()->setEnabled(m_check.canSave());
}

} // namespace idesk::ui
