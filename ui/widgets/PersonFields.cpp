#include "PersonFields.h"

#include "OptionalDateEdit.h"
#include "application/PeopleUseCases.h"
#include "application/Workspace.h"
#include "domain/PersonValidator.h"
#include "style/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace idesk::ui {

PersonFields::PersonFields(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_title(new QComboBox(this))
    , m_first(new QLineEdit(this))
    , m_last(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_trn(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_jobTitle(new QLineEdit(this))
    , m_qts(new QCheckBox(tr("Holds qualified teacher status"), this))
    , m_qtsDate(new OptionalDateEdit(tr("Date known"), this))
    , m_pattern(new QComboBox(this))
    , m_fte(new QDoubleSpinBox(this))
    , m_start(new OptionalDateEdit(tr("Known"), this))
    , m_end(new OptionalDateEdit(tr("Has left or will leave"), this))
{
    for (OptionalDateEdit *d : {m_qtsDate, m_start, m_end})
        d->setSuggestion(workspace.today());
    m_title->setEditable(true);
    m_title->addItems({QString(), QStringLiteral("Mr"), QStringLiteral("Mrs"),
                       QStringLiteral("Miss"), QStringLiteral("Ms"), QStringLiteral("Mx"),
                       QStringLiteral("Dr")});
    m_pattern->addItem(tr("Full time"), WorkingPatterns::key(WorkingPattern::FullTime));
    m_pattern->addItem(tr("Part time"), WorkingPatterns::key(WorkingPattern::PartTime));
    m_fte->setRange(0.0, 1.0);
    m_fte->setSingleStep(0.1);
    m_fte->setDecimals(2);
    m_fte->setValue(1.0);
    m_trn->setPlaceholderText(tr("7 digits, e.g. 1234567"));
    m_code->setPlaceholderText(tr("as in your school's MIS"));
    m_jobTitle->setPlaceholderText(tr("e.g. Teacher of English"));
    m_jobTitle->setMaxLength(120);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addRow(form, tr("&Title:"), QStringLiteral("title"), m_title);
    addRow(form, tr("&First name:"), QStringLiteral("first_name"), m_first);
    addRow(form, tr("&Last name:"), QStringLiteral("last_name"), m_last);
    addRow(form, tr("&Staff code:"), QStringLiteral("staff_code"), m_code);
    addRow(form, tr("T&RN:"), QStringLiteral("trn"), m_trn);
    addRow(form, tr("&Email:"), QStringLiteral("email"), m_email);
    addRow(form, tr("&Job title:"), QStringLiteral("job_title"), m_jobTitle);
    addRow(form, tr("&QTS:"), QStringLiteral("qts"), m_qts);
    addRow(form, tr("QTS &date:"), QStringLiteral("qts_date"), m_qtsDate);
    addRow(form, tr("&Working pattern:"), QStringLiteral("working_pattern"), m_pattern);
    addRow(form, tr("Full-t&ime equivalent:"), QStringLiteral("fte"), m_fte);
    addRow(form, tr("E&mployment start:"), QStringLiteral("employment_start"), m_start);
    addRow(form, tr("Employment e&nd:"), QStringLiteral("employment_end"), m_end);

    for (QLineEdit *e : {m_first, m_last, m_code, m_trn, m_email})
        connect(e, &QLineEdit::textChanged, this, &PersonFields::validate);
    connect(m_title, &QComboBox::currentTextChanged, this, &PersonFields::validate);
    connect(m_qts, &QCheckBox::toggled, this, &PersonFields::validate);
    connect(m_pattern, &QComboBox::currentIndexChanged, this, &PersonFields::validate);
    connect(m_fte, &QDoubleSpinBox::valueChanged, this, [this](double fte) {
        // Less than full time is part time by definition; say so at once.
        if (fte < 1.0)
            m_pattern->setCurrentIndex(1);
        validate();
    });
    for (OptionalDateEdit *d : {m_qtsDate, m_start, m_end})
        connect(d, &OptionalDateEdit::dateChanged, this, &PersonFields::validate);
    validate();
}

void PersonFields::addRow(QFormLayout *form, const QString &label, const QString &key,
                          QWidget *editor)
{
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *message = new QLabel(cell);
    message->setWordWrap(true);
    message->setStyleSheet(errorStyleSheet(this));
    message->hide();
    column->addWidget(editor);
    column->addWidget(message);
    form->addRow(label, cell);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(cell)))
        buddy->setBuddy(editor);
    editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_editors.insert(key, editor);
    m_messages.insert(key, message);
}

void PersonFields::setPerson(const Person &p)
{
    m_id = p.id;
    m_title->setCurrentText(p.title);
    m_first->setText(p.firstName);
    m_last->setText(p.lastName);
    m_code->setText(p.staffCode);
    m_trn->setText(p.trn);
    m_email->setText(p.email);
    m_jobTitle->setText(p.jobTitle);
    m_qts->setChecked(p.qts);
    m_qtsDate->setDate(p.qtsDate);
    m_fte->setValue(p.fte);
    m_pattern->setCurrentIndex(p.workingPattern == WorkingPattern::PartTime ? 1 : 0);
    m_start->setDate(p.employmentStart);
    m_end->setDate(p.employmentEnd);
    validate();
}

Person PersonFields::person() const
{
    Person p;
    p.id = m_id;
    p.title = m_title->currentText().trimmed();
    p.firstName = m_first->text().trimmed();
    p.lastName = m_last->text().trimmed();
    p.staffCode = m_code->text().trimmed();
    p.trn = m_trn->text().trimmed();
    p.email = m_email->text().trimmed();
    p.jobTitle = m_jobTitle->text().trimmed();
    p.qts = m_qts->isChecked();
    p.qtsDate = m_qts->isChecked() ? m_qtsDate->date() : QDate();
    p.fte = m_fte->value();
    p.workingPattern =
        m_pattern->currentIndex() == 1 ? WorkingPattern::PartTime : WorkingPattern::FullTime;
    p.employmentStart = m_start->date();
    p.employmentEnd = m_end->date();
    return p;
}

void PersonFields::validate()
{
    m_qtsDate->setEnabled(m_qts->isChecked());
    Person p = person();
    m_errors.clear();
    for (const auto &e : PersonValidator::validate(p))
        m_errors.insert(e.field, e.message);
    if (m_pattern->currentIndex() == 0 && m_fte->value() < 1.0)
        m_errors.insert(QStringLiteral("working_pattern"), tr("Full time means an FTE of 1"));
    // Uniqueness is checked against the database as the user types, not on save.
    PeopleUseCases people(m_ws);
    if (!p.staffCode.isEmpty()) {
        if (auto other = people.withStaffCode(p.staffCode);
            other && other->has_value() && (*other)->id != m_id)
            m_errors.insert(QStringLiteral("staff_code"),
                            tr("Already used by %1").arg((*other)->displayName()));
    }
    if (!p.trn.isEmpty() && !m_errors.contains(QStringLiteral("trn"))) {
        if (auto other = people.withTrn(p.trn); other && other->has_value() && (*other)->id != m_id)
            m_errors.insert(QStringLiteral("trn"),
                            tr("Already used by %1").arg((*other)->displayName()));
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QString message = m_errors.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    emit changed();
}

} // namespace idesk::ui
