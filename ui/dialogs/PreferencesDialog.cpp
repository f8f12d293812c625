#include "PreferencesDialog.h"

#include "application/SchoolUseCases.h"
#include "application/Workspace.h"
#include "policy/RuleSetRegistry.h"
#include "style/Style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace idesk::ui {

PreferencesDialog::PreferencesDialog(Workspace *workspace, const Settings &settings, QDate today,
                                     QWidget *parent)
    : QDialog(parent)
    , m_paper(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_urn(new QLineEdit(this))
    , m_capacity(new QSpinBox(this))
    , m_rules(new QTableWidget(this))
{
    setWindowTitle(tr("Preferences"));
    m_paper->addItem(tr("A4"), int(Settings::PaperSize::A4));
    m_paper->addItem(tr("US Letter"), int(Settings::PaperSize::Letter));
    m_paper->setCurrentIndex(m_paper->findData(int(settings.paperSize())));
    m_paper->setAccessibleName(tr("Default paper size"));

    m_urn->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_urn));
    m_urn->setPlaceholderText(tr("6 digits"));
    m_name->setAccessibleName(tr("School name"));
    m_urn->setAccessibleName(tr("School URN"));
    m_capacity->setRange(1, 12);
    m_capacity->setSuffix(tr(" mentees"));
    m_capacity->setAccessibleName(tr("Mentor capacity"));
    if (workspace) {
        SchoolUseCases school(*workspace);
        if (auto s = school.school()) {
            m_name->setText(s->name);
            m_urn->setText(s->urn);
        }
        m_capacity->setValue(school.mentorCapacity(today));
    }

    auto *computer = new QGroupBox(tr("This computer"), this);
    auto *computerForm = new QFormLayout(computer);
    computerForm->addRow(tr("Default &paper size:"), m_paper);

    auto *schoolBox =
        new QGroupBox(tr("This school (saved in the database, for everyone who opens it)"), this);
    auto *schoolForm = new QFormLayout(schoolBox);
    schoolForm->addRow(tr("School &name:"), m_name);
    schoolForm->addRow(tr("&URN:"), m_urn);
    schoolForm->addRow(tr("Mentor &capacity:"), m_capacity);
    auto *capacityNote =
        new QLabel(tr("Assigning a mentor who already has this many mentees asks you to "
                      "confirm that they have the time."),
                   schoolBox);
    capacityNote->setWordWrap(true);
    schoolForm->addRow(capacityNote);
    schoolBox->setEnabled(workspace != nullptr);

    // The policy numbers, one academic year a row. The session pattern can be
    // set by the school (its provider's or its own programme); the rest is
    // statutory and shown for reference.
    const RuleSetRegistry current =
        workspace ? SchoolUseCases(*workspace).ruleSets() : RuleSetRegistry::shipped();
    const QStringList editable = RuleSetRegistry::overridableKeys();
    QStringList headers{tr("Academic year"),
                        tr("Observation\n(minutes)"),
                        tr("Coaching\n(minutes)"),
                        tr("Year 1: every\n(weeks)"),
                        tr("Year 2: every\n(weeks)"),
                        tr("ITT mentoring\n(minutes a week)"),
                        tr("ITT sessions\n(most a week)"),
                        tr("ECT mentor\ntraining"),
                        tr("Routes")};
    m_rules->setColumnCount(int(headers.size()));
    m_rules->setHorizontalHeaderLabels(headers);
    m_rules->setRowCount(int(current.all().size()));
    for (int i = 0; i < current.all().size(); ++i) {
        const RuleSet &r = current.all().at(i);
        auto *year = new QTableWidgetItem(r.academicYear);
        year->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_rules->setItem(i, 0, year);
        const QJsonObject json = r.toJson();
        for (int k = 0; k < editable.size(); ++k) {
            auto *cell = new QTableWidgetItem;
            cell->setData(Qt::EditRole, json.value(editable.at(k)).toInt());
            cell->setData(Qt::UserRole, editable.at(k));
            m_rules->setItem(i, k + 1, cell);
        }
        const QStringList fixed{tr("%1 h over %n year(s)", nullptr, r.ectMentorTrainingYears)
                                    .arg(r.ectMentorTrainingHours),
                                r.programmeRoutes.join(QStringLiteral(", "))};
        for (int c = 0; c < fixed.size(); ++c) {
            auto *cell = new QTableWidgetItem(fixed.at(c));
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_rules->setItem(i, int(editable.size()) + 1 + c, cell);
        }
    }
    m_rules->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_rules->verticalHeader()->hide();
    m_rules->resizeColumnsToContents();
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->setAccessibleName(tr("Rule sets by academic year"));
    m_rulesProblem = new QLabel(this);
    m_rulesProblem->setWordWrap(true);
    m_rulesProblem->setStyleSheet(errorStyleSheet(this, true));
    m_rulesProblem->hide();
    connect(m_rules, &QTableWidget::itemChanged, this, &PreferencesDialog::updateOk);
    auto *rulesBox = new QGroupBox(tr("Rules in force, by academic year"), this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(new QLabel(tr("The session numbers can be changed for your school; "
                                         "double-click a number to edit it."),
                                      rulesBox));
    rulesLayout->addWidget(m_rules);
    rulesLayout->addWidget(m_rulesProblem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_rules->setEnabled(workspace != nullptr);
    m_hasDatabase = workspace != nullptr;
    connect(m_urn, &QLineEdit::textChanged, this, &PreferencesDialog::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, &PreferencesDialog::updateOk);
    updateOk();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(computer);
    layout->addWidget(schoolBox);
    layout->addWidget(rulesBox, 1);
    layout->addWidget(buttons);
    resize(980, 600);
}

void PreferencesDialog::updateOk()
{
    if (!m_ok)
        return;
    const bool urnOk = m_urn->text().isEmpty() || School::isValidUrn(m_urn->text());
    const bool nameOk = !m_hasDatabase || !m_name->text().trimmed().isEmpty();
    const Status rules = RuleSetRegistry::validateOverrides(ruleSetOverrides());
    m_rulesProblem->setText(rules ? QString() : rules.error().message);
    m_rulesProblem->setVisible(!rules);
    m_ok->setEnabled(urnOk && nameOk && rules);
}

QJsonObject PreferencesDialog::ruleSetOverrides() const
{
    QJsonObject overrides;
    const RuleSetRegistry &shipped = RuleSetRegistry::shipped();
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const QString year = m_rules->item(row, 0)->text();
        const RuleSet *base = shipped.forAcademicYear(year);
        if (!base)
            continue;
        const QJsonObject baseJson = base->toJson();
        QJsonObject changed;
        for (int c = 1; c < m_rules->columnCount(); ++c) {
            const QTableWidgetItem *cell = m_rules->item(row, c);
            const QString key = cell ? cell->data(Qt::UserRole).toString() : QString();
            if (key.isEmpty())
                continue;
            const int value = cell->data(Qt::EditRole).toInt();
            if (value != baseJson.value(key).toInt())
                changed.insert(key, value);
        }
        if (!changed.isEmpty())
            overrides.insert(year, changed);
    }
    return overrides;
}

void PreferencesDialog::setRuleNumber(const QString &academicYear, const QString &key, int value)
{
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        if (m_rules->item(row, 0)->text() != academicYear)
            continue;
        for (int c = 1; c < m_rules->columnCount(); ++c) {
            if (m_rules->item(row, c)->data(Qt::UserRole).toString() == key)
                m_rules->item(row, c)->setData(Qt::EditRole, value);
        }
    }
}

Settings::PaperSize PreferencesDialog::paperSize() const
{
    return Settings::PaperSize(m_paper->currentData().toInt());
}

School PreferencesDialog::school() const
{
    return {m_urn->text().trimmed(), m_name->text().trimmed()};
}

int PreferencesDialog::mentorCapacity() const
{
    return m_capacity->value();
}

} // namespace idesk::ui
