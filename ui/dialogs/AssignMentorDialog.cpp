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

namespace {
constexpr int KindRole = Qt::UserRole + 1;
}

AssignMentorDialog::AssignMentorDialog(Workspace &workspace, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_today(today)
    , m_kind(new QComboBox(this))
    , m_mentee(new QComboBox(this))
    , m_mentor(new QComboBox(this))
    , m_from(new QDateEdit(today, this))
    , m_replace(new QCheckBox(this))
    , m_reason(new QLineEdit(this))
    , m_moveSessions(new QCheckBox(this))
    , m_history(new QLabel(this))
    , m_findings(new QVBoxLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Assign Mentor"));
    m_kind->addItem(PairingKinds::displayName(PairingKind::Ect),
                    PairingKinds::key(PairingKind::Ect));
    m_kind->addItem(PairingKinds::displayName(PairingKind::Itt),
                    PairingKinds::key(PairingKind::Itt));
    if (auto people = PairingUseCases(workspace).candidates(today)) {
        fillPeople(*people);
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
    m_moveSessions->setChecked(true);
    m_moveSessions->setToolTip(tr("Each planned session from the change on goes to the new "
                                  "mentor, placed again around their timetable, in the same "
                                  "undoable change. Untick to leave them with the old mentor."));
    m_mentor->setPlaceholderText(tr("Choose a mentor"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("M&entee:"), m_mentee);
    form->addRow(tr("&Mentor:"), m_mentor);
    form->addRow(tr("&From:"), m_from);
    form->addRow(QString(), m_replace);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_moveSessions);

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
    connect(m_mentee, &QComboBox::currentIndexChanged, this, [this] {
        // An ECT is mentored as an ECT, a trainee as a trainee.
        const QString kind = m_mentee->currentData(KindRole).toString();
        if (!kind.isEmpty()) {
            const QSignalBlocker block(m_kind);
            m_kind->setCurrentIndex(m_kind->findData(kind));
        }
        refresh();
    });
    connect(m_mentor, &QComboBox::currentIndexChanged, this, &AssignMentorDialog::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &AssignMentorDialog::refresh);
    connect(m_replace, &QCheckBox::toggled, this, &AssignMentorDialog::refresh);
    resize(600, 520);
    refresh();
}

void AssignMentorDialog::fillPeople(const QList<PairingCandidate> &people)
{
    const auto label = [](const Person &p) {
        return p.staffCode.isEmpty() ? p.displayName()
                                     : QStringLiteral("%1 (%2)").arg(p.displayName(), p.staffCode);
    };
    // Mentees first, marked, with those who still need a mentor on top;
    // the mentor list puts the staff who are not mentees first.
    int firstWithout = -1;
    bool staffStarted = false;
    for (const PairingCandidate &c : people) {
        QString text = label(c.person);
        if (c.menteeAs) {
            text =
                (*c.menteeAs == PairingKind::Ect ? tr("%1 · ECT") : tr("%1 · trainee")).arg(text);
            if (c.hasMentor)
                text = tr("%1 · has a mentor").arg(text);
        } else if (!staffStarted && m_mentee->count() > 0) {
            m_mentee->insertSeparator(m_mentee->count());
            staffStarted = true;
        }
        m_mentee->addItem(text, c.person.id);
        if (c.menteeAs) {
            m_mentee->setItemData(m_mentee->count() - 1, PairingKinds::key(*c.menteeAs), KindRole);
            if (!c.hasMentor && firstWithout < 0)
                firstWithout = m_mentee->count() - 1;
        }
    }
    for (bool menteesToo : {false, true}) {
        for (const PairingCandidate &c : people) {
            if (c.menteeAs.has_value() == menteesToo)
                m_mentor->addItem(label(c.person), c.person.id);
        }
    }
    m_mentor->setCurrentIndex(-1);
    m_mentee->setCurrentIndex(std::max(firstWithout, 0));
    const QString kind = m_mentee->currentData(KindRole).toString();
    if (!kind.isEmpty())
        m_kind->setCurrentIndex(m_kind->findData(kind));
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
        r.moveFutureSessions = m_moveSessions->isChecked();
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
    const bool replacing = !m_replace->isHidden() && m_replace->isChecked();
    m_reason->setEnabled(replacing);
    const auto moving =
        replacing ? service.sessionsToTakeOver(m_replacingId, r.period.from) : Result<int>(0);
    m_moveSessions->setVisible(moving && *moving > 0);
    if (moving && *moving > 0)
        m_moveSessions->setText(tr("Mo&ve the %n planned session(s) from %1 to the new mentor, "
                                   "re-planned around their timetable",
                                   nullptr, *moving)
                                    .arg(Dates::uk(std::max(r.period.from, m_today))));

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

    if (r.mentorId == 0 || r.menteeId == 0) {
        m_check = {};
    } else {
        auto check = service.preview(request());
        m_check = check ? *check : AssignmentCheck{{check.error().message}, {}};
    }
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
    // Nothing chosen yet is not an error: say what to do.
    const bool chosen = m_mentor->currentIndex() >= 0 && m_mentee->currentIndex() >= 0;
    if (m_check.refusals.isEmpty() && m_check.warnings.isEmpty())
        m_findings->addWidget(new QLabel(
            chosen ? tr("All checks pass.") : tr("Choose a mentor to see the checks."), this));
    saveButton()->setEnabled(chosen && m_check.canSave());
}

} // namespace idesk::ui
