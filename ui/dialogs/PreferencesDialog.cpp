#include "PreferencesDialog.h"

#include "policy/RuleSetRegistry.h"
#include "storage/SchoolRepository.h"

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

PreferencesDialog::PreferencesDialog(Database *db, const Settings &settings, QDate today,
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
    if (db) {
        SchoolRepository school(*db);
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
    schoolBox->setEnabled(db != nullptr);

    // The policy numbers, one academic year a row, so a tutor can see what the
    // checks and flags are measured against.
    const auto &sets = RuleSetRegistry::shipped().all();
    m_rules->setColumnCount(6);
    m_rules->setHorizontalHeaderLabels({tr("Academic year"), tr("ECT mentor training"),
                                        tr("ITT mentoring"), tr("Sessions, year 1 / 2"),
                                        tr("Capacity"), tr("Routes")});
    m_rules->setRowCount(int(sets.size()));
    for (int i = 0; i < sets.size(); ++i) {
        const RuleSet &r = sets.at(i);
        const QStringList cells{
            r.academicYear,
            tr("%1 hours over %n year(s)", nullptr, r.ectMentorTrainingYears)
                .arg(r.ectMentorTrainingHours),
            tr("%1 minutes a week").arg(r.ittWeeklyMentoringMinutes),
            tr("every %1 / %2 week(s)").arg(r.ectYearOneCadenceWeeks).arg(r.ectYearTwoCadenceWeeks),
            QString::number(r.mentorCapacity),
            r.programmeRoutes.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_rules->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->verticalHeader()->hide();
    m_rules->resizeColumnsToContents();
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->setAccessibleName(tr("Rule sets by academic year"));
    auto *rulesBox = new QGroupBox(tr("Rules in force, by academic year"), this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_rules);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons, db] {
        const bool urnOk = m_urn->text().isEmpty() || School::isValidUrn(m_urn->text());
        const bool nameOk = !db || !m_name->text().trimmed().isEmpty();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(urnOk && nameOk);
    };
    connect(m_urn, &QLineEdit::textChanged, this, updateOk);
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    updateOk();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(computer);
    layout->addWidget(schoolBox);
    layout->addWidget(rulesBox, 1);
    layout->addWidget(buttons);
    resize(760, 560);
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
