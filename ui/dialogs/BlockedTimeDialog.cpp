#include "BlockedTimeDialog.h"

#include "application/AvailabilityUseCases.h"
#include "application/PeopleUseCases.h"
#include "application/Workspace.h"
#include "util/Dates.h"
#include "widgets/ProblemLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace idesk::ui {

BlockedTimeDialog::BlockedTimeDialog(Workspace &workspace, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_today(today)
    , m_existing(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_person(new QComboBox(this))
    , m_day(new QDateEdit(today, this))
    , m_from(new QTimeEdit(QTime(9, 0), this))
    , m_to(new QTimeEdit(QTime(15, 30), this))
    , m_reason(new QLineEdit(this))
    , m_problem(new ProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Blocked times"));
    m_person->addItem(tr("Everyone"), 0);
    if (auto people = PeopleUseCases(workspace).all()) {
        for (const Person &p : std::as_const(*people))
            m_person->addItem(p.displayName(), p.id);
    } else {
        m_read = people.error();
    }
    m_person->setAccessibleName(tr("Who cannot be booked"));
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_day->setCalendarPopup(true);
    m_day->setAccessibleName(tr("Day"));
    for (QTimeEdit *t : {m_from, m_to}) {
        t->setDisplayFormat(QStringLiteral("HH:mm"));
        connect(t, &QTimeEdit::timeChanged, this, &BlockedTimeDialog::validate);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_reason->setPlaceholderText(tr("e.g. Mentor conference with the provider"));
    m_reason->setMaxLength(200);
    m_reason->setAccessibleName(tr("Reason"));
    m_existing->setAccessibleName(tr("Times already blocked"));
    m_remove->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Block this time"));

    auto *times = new QHBoxLayout;
    times->addWidget(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    times->addWidget(toLabel);
    times->addWidget(m_to);
    times->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Who:"), m_person);
    form->addRow(tr("&Day:"), m_day);
    // A row holding a layout gets no buddy, so the label is made with one:
    // otherwise it shows its ampersand instead of the Alt key it gives.
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    form->addRow(fromLabel, times);
    form->addRow(tr("R&eason:"), m_reason);
    auto *existingBar = new QHBoxLayout;
    existingBar->addWidget(new QLabel(tr("Already blocked, from today on:"), this), 1);
    existingBar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(existingBar);
    layout->addWidget(m_existing, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_existing, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_existing->currentRow();
        if (row >= 0 && row < m_shown.size())
            emit removeRequested(m_shown.at(row));
    });
    refresh();
    validate();
}

void BlockedTimeDialog::refresh()
{
    m_existing->clear();
    m_shown.clear();
    QHash<qint64, QString> names;
    for (int i = 1; i < m_person->count(); ++i)
        names.insert(m_person->itemData(i).toLongLong(), m_person->itemText(i));
    if (auto all = AvailabilityUseCases(m_ws).blockedTimes()) {
        for (const BlockedTime &b : std::as_const(*all)) {
            if (b.day < m_today)
                continue;
            m_shown.append(b);
            m_existing->addItem(
                tr("%1 %2–%3 · %4 · %5")
                    .arg(QLocale().toString(b.day, QStringLiteral("ddd dd/MM/yyyy")),
                         b.start.toString(QStringLiteral("HH:mm")),
                         b.end.toString(QStringLiteral("HH:mm")),
                         b.personId > 0 ? names.value(b.personId) : tr("everyone"),
                         b.reason.isEmpty() ? tr("no reason given") : b.reason));
        }
    }
    if (m_shown.isEmpty())
        m_existing->addItem(tr("Nothing is blocked from today on."));
    m_existing->setEnabled(!m_shown.isEmpty());
    m_remove->setEnabled(false);
}

BlockedTime BlockedTimeDialog::blockedTime() const
{
    return {0,
            m_person->currentData().toLongLong(),
            m_day->date(),
            m_from->time(),
            m_to->time(),
            m_reason->text().trimmed()};
}

void BlockedTimeDialog::validate()
{
    // Core's own answer, tried with nothing written: the rule is said once.
    auto change = AvailabilityUseCases(m_ws).block(blockedTime());
    const Status s = change ? m_ws.check(**change) : Status(change.error());
    m_problem->showProblem(s ? QString() : s.error().message);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(s.ok());
}

} // namespace idesk::ui
