#include "TermDatesDialog.h"

#include "application/CalendarUseCases.h"
#include "widgets/ProblemLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace idesk::ui {

namespace {
enum Column
{
    KindColumn,
    NameColumn,
    FromColumn,
    ToColumn
};
constexpr std::array kTerms{TermKind::Autumn, TermKind::Spring, TermKind::Summer};
} // namespace

TermDatesDialog::TermDatesDialog(const QString &academicYear, const QList<Term> &terms,
                                 const QList<Closure> &closures, QWidget *parent)
    : QDialog(parent)
    , m_year(academicYear)
    , m_closures(new QTableWidget(0, 4, this))
    , m_problem(new ProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Term dates for %1").arg(academicYear));
    const int y = academicYear.left(4).toInt();
    // Sensible starting points for a year with no dates yet.
    const QList<DateRange> defaults{{QDate(y, 9, 1), QDate(y, 12, 18)},
                                    {QDate(y + 1, 1, 4), QDate(y + 1, 3, 26)},
                                    {QDate(y + 1, 4, 12), QDate(y + 1, 7, 21)}};
    auto *termBox = new QGroupBox(tr("Terms (first and last day)"), this);
    auto *form = new QFormLayout(termBox);
    for (qsizetype i = 0; i < qsizetype(kTerms.size()); ++i) {
        DateRange range = defaults.at(i);
        for (const auto &t : terms) {
            if (t.kind == kTerms.at(i))
                range = t.period;
        }
        auto *from = makeDateEdit(range.from);
        auto *to = makeDateEdit(range.to);
        from->setAccessibleName(tr("%1, first day").arg(TermKinds::displayName(kTerms.at(i))));
        to->setAccessibleName(tr("%1, last day").arg(TermKinds::displayName(kTerms.at(i))));
        m_termEdits << from << to;
        auto *row = new QHBoxLayout;
        row->addWidget(from);
        row->addWidget(new QLabel(tr("to"), this));
        row->addWidget(to);
        row->addStretch();
        form->addRow(TermKinds::displayName(kTerms.at(i)) + QLatin1Char(':'), row);
    }

    auto *closureBox = new QGroupBox(
        tr("Closures: half terms, holidays, INSET days and other days the school is closed"), this);
    m_closures->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Name"), tr("First day"), tr("Last day")});
    m_closures->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_closures->verticalHeader()->hide();
    m_closures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_closures->setAccessibleName(tr("Closures"));
    auto *add = new QPushButton(tr("&Add closure"), this);
    auto *remove = new QPushButton(tr("&Remove closure"), this);
    auto *closureButtons = new QHBoxLayout;
    closureButtons->addWidget(add);
    closureButtons->addWidget(remove);
    closureButtons->addStretch();
    auto *closureLayout = new QVBoxLayout(closureBox);
    closureLayout->addWidget(m_closures);
    closureLayout->addLayout(closureButtons);
    for (const auto &c : closures)
        addClosure(c);

    auto *note = new QLabel(tr("Bank holidays come from the England and Wales list and need not "
                               "be entered here."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(termBox);
    layout->addWidget(closureBox, 1);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(760, 560);

    connect(add, &QPushButton::clicked, this, [this, y] {
        const QDate start = termEdit(TermKind::Autumn, false)->date();
        addClosure(
            {0,
             m_year,
             ClosureKind::Inset,
             tr("INSET day"),
             {start.isValid() ? start : QDate(y, 9, 1), start.isValid() ? start : QDate(y, 9, 1)}});
        m_closures->setCurrentCell(m_closures->rowCount() - 1, NameColumn);
        validate();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_closures->currentRow();
        if (row >= 0)
            m_closures->removeRow(row);
        validate();
    });
    connect(m_closures, &QTableWidget::itemChanged, this, &TermDatesDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QDateEdit *TermDatesDialog::makeDateEdit(QDate date)
{
    auto *edit = new QDateEdit(date, this);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    connect(edit, &QDateEdit::dateChanged, this, &TermDatesDialog::validate);
    return edit;
}

QDateEdit *TermDatesDialog::termEdit(TermKind kind, bool last) const
{
    return m_termEdits.at(int(kind) * 2 + (last ? 1 : 0));
}

void TermDatesDialog::addClosure(const Closure &c)
{
    const QSignalBlocker block(m_closures); // the row is not complete until the end
    const int row = m_closures->rowCount();
    m_closures->insertRow(row);
    auto *kind = new QComboBox(m_closures);
    for (auto k : {ClosureKind::HalfTerm, ClosureKind::Holiday, ClosureKind::Inset,
                   ClosureKind::BankHoliday, ClosureKind::Other})
        kind->addItem(ClosureKinds::displayName(k), int(k));
    kind->setCurrentIndex(kind->findData(int(c.kind)));
    kind->setAccessibleName(tr("Kind of closure"));
    m_closures->setCellWidget(row, KindColumn, kind);
    m_closures->setItem(row, NameColumn, new QTableWidgetItem(c.name));
    auto *from = makeDateEdit(c.period.from);
    auto *to = makeDateEdit(c.period.to);
    from->setAccessibleName(tr("First day closed"));
    to->setAccessibleName(tr("Last day closed"));
    m_closures->setCellWidget(row, FromColumn, from);
    m_closures->setCellWidget(row, ToColumn, to);
    m_closures->resizeColumnToContents(KindColumn);
    m_closures->resizeColumnToContents(FromColumn);
    m_closures->resizeColumnToContents(ToColumn);
}

QList<Term> TermDatesDialog::terms() const
{
    QList<Term> list;
    for (auto kind : kTerms)
        list.append(
            {0, m_year, kind, {termEdit(kind, false)->date(), termEdit(kind, true)->date()}});
    return list;
}

QList<Closure> TermDatesDialog::closures() const
{
    QList<Closure> list;
    for (int row = 0; row < m_closures->rowCount(); ++row) {
        const auto *kind = qobject_cast<QComboBox *>(m_closures->cellWidget(row, KindColumn));
        const auto *from = qobject_cast<QDateEdit *>(m_closures->cellWidget(row, FromColumn));
        const auto *to = qobject_cast<QDateEdit *>(m_closures->cellWidget(row, ToColumn));
        const QTableWidgetItem *name = m_closures->item(row, NameColumn);
        if (!kind || !from || !to)
            continue;
        list.append({0,
                     m_year,
                     ClosureKind(kind->currentData().toInt()),
                     name ? name->text().trimmed() : QString(),
                     {from->date(), to->date()}});
    }
    std::sort(list.begin(), list.end(),
              [](const Closure &a, const Closure &b) { return a.period.from < b.period.from; });
    return list;
}

void TermDatesDialog::validate()
{
    const Status s = CalendarUseCases::validateYear(m_year, terms(), closures());
    m_problem->showProblem(s ? QString() : s.error().message);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(s.ok());
}

} // namespace idesk::ui
