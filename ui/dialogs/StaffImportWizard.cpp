#include "StaffImportWizard.h"

#include "settings/FileChooser.h"

#include "application/PeopleUseCases.h"
#include "application/StaffImportUseCases.h"
#include "io/XlsxReader.h"
#include "services/StaffMerge.h"
#include "util/Dates.h"
#include "util/TaskRunner.h"
#include "widgets/GatedWizardPage.h"
#include "widgets/ProblemLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace idesk::ui {

namespace {
constexpr int kPreviewRows = 200;
constexpr int PersonIdRole = Qt::UserRole + 1;
} // namespace

StaffImportWizard::StaffImportWizard(Workspace &workspace, QDate today, QWidget *parent)
    : QWizard(parent)
    , m_ws(workspace)
    , m_today(today)
    , m_runner(new TaskRunner(this))
{
    setWindowTitle(tr("Import a staff list"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(FilePage, makeFilePage());
    setPage(PreviewPage, makePreviewPage());
    setPage(ColumnsPage, makeColumnsPage());
    setPage(CheckPage, makeCheckPage());
    setPage(SummaryPage, makeSummaryPage());
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(820, 600);
}

StaffImportWizard::~StaffImportWizard()
{
    cancelWork();
}

bool StaffImportWizard::isBusy() const
{
    return m_runner->isRunning();
}

void StaffImportWizard::cancelWork()
{
    m_runner->abandon();
}

void StaffImportWizard::setReady(const QString &gate, bool ready)
{
    m_gates.value(gate)->setReady(ready);
}

QWizardPage *StaffImportWizard::makeFilePage()
{
    auto *page = new GatedWizardPage(this);
    page->setTitle(tr("Choose the staff list"));
    page->setSubTitle(tr("A CSV or Excel (.xlsx) file exported from SIMS, Arbor, Bromcom, "
                         "ScholarPack or a spreadsheet. Nothing is changed until the last step."));
    m_path = new QLineEdit(page);
    m_path->setAccessibleName(tr("File"));
    auto *browse = new QPushButton(tr("&Browse..."), page);
    browse->setObjectName(QStringLiteral("browse"));
    m_sheet = new QComboBox(page);
    m_sheet->setAccessibleName(tr("Sheet"));
    auto *sheetLabel = new QLabel(tr("&Sheet:"), page);
    sheetLabel->setBuddy(m_sheet);
    auto *problem = new ProblemLabel(page);
    problem->setObjectName(QStringLiteral("fileProblem"));
    m_gates.insert(QStringLiteral("file"), page);

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(page);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, row);
    form->addRow(sheetLabel, m_sheet);
    form->addRow(problem);
    sheetLabel->hide();
    m_sheet->hide();

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString title = tr("Choose the staff list");
        const QString filter = tr("Staff lists (*.csv *.txt *.xlsx);;All files (*)");
        const QString path =
            m_files ? m_files->openFile(this, FileChooser::Purpose::Import, title, filter)
                    : QFileDialog::getOpenFileName(this, title, QDir::homePath(), filter);
        if (!path.isEmpty())
            setFile(path);
    });
    connect(
        m_path, &QLineEdit::textChanged, this, [this, sheetLabel, problem](const QString &path) {
            m_raw = {};
            problem->showProblem({});
            m_sheet->clear();
            QFile file(path);
            const bool readable = !path.isEmpty() && file.open(QIODevice::ReadOnly);
            const bool xlsx = readable && XlsxReader::looksLikeXlsx(file.peek(8));
            if (xlsx) {
                if (auto names = XlsxReader::sheetNames(file.readAll(), QFileInfo(path).fileName()))
                    m_sheet->addItems(*names);
                else
                    problem->showProblem(names.error().message);
            }
            sheetLabel->setVisible(xlsx);
            m_sheet->setVisible(xlsx);
            setReady(QStringLiteral("file"), readable);
        });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] { m_raw = {}; });
    return page;
}

void StaffImportWizard::setFile(const QString &path)
{
    m_path->setText(path);
}

QWizardPage *StaffImportWizard::makePreviewPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The file as read"));
    page->setSubTitle(tr("Check that the names look right. If a title or notes sit above the "
                         "column names, say which row holds them."));
    m_readAs = new QLabel(page);
    m_readAs->setWordWrap(true);
    m_headerRow = new QSpinBox(page);
    m_headerRow->setAccessibleName(tr("Row with the column names"));
    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView(page);
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Preview of the file"));
    auto *form = new QFormLayout;
    form->addRow(tr("Read as:"), m_readAs);
    form->addRow(tr("Column names are on &row:"), m_headerRow);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this] { showPreview(); });
    return page;
}

QWizardPage *StaffImportWizard::makeColumnsPage()
{
    auto *page = new GatedWizardPage(this);
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(tr("Which column holds what. InductionDesk guessed from the column names "
                         "and will remember your choice for files like this one."));
    auto *inner = new QWidget(page);
    auto *form = new QFormLayout(inner);
    for (StaffField f : StaffColumns::allFields()) {
        auto *box = new QComboBox(inner);
        box->setAccessibleName(StaffColumns::displayName(f));
        form->addRow(StaffColumns::displayName(f) + QLatin1Char(':'), box);
        m_columnBoxes.insert(f, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] { updateColumns(); });
    }
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_columnProblem = new ProblemLabel(page);
    m_gates.insert(QStringLiteral("columns"), page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_columnProblem);
    return page;
}

QWizardPage *StaffImportWizard::makeCheckPage()
{
    auto *page = new GatedWizardPage(this);
    page->setTitle(tr("Checking every row"));
    page->setSubTitle(tr("Names, TRNs, email addresses, dates, QTS and FTE, and the same person "
                         "twice."));
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Progress"));
    connect(m_runner, &TaskRunner::progress, m_progress, &QProgressBar::setValue);
    m_cancelButton = new QPushButton(tr("&Cancel checking"), page);
    m_checkStatus = new QLabel(page);
    m_checkStatus->setWordWrap(true);
    m_problems = new QListWidget(page);
    m_problems->setAccessibleName(tr("Problems"));
    m_gates.insert(QStringLiteral("check"), page);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_checkStatus);
    layout->addWidget(m_problems, 1);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_runner->cancel(); });
    return page;
}

QWizardPage *StaffImportWizard::makeSummaryPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("What will change"));
    page->setSubTitle(tr("Nothing has been changed yet. Import makes all of this in one go, and "
                         "Edit > Undo takes it all back."));
    m_summary = new QTreeWidget(page);
    m_summary->setColumnCount(3);
    m_summary->setHeaderLabels({tr("Who or what"), tr("Now"), tr("From the file")});
    m_summary->setAccessibleName(tr("Changes"));
    m_leftOn = new QDateEdit(m_today, page);
    m_leftOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_leftOn->setCalendarPopup(true);
    m_leftOn->setAccessibleName(tr("Date they left"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Staff ticked under \"Not in the file\" are marked as having "
                                 "left on:"),
                              page));
    row->addWidget(m_leftOn);
    row->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary, 1);
    layout->addLayout(row);
    return page;
}

void StaffImportWizard::runOffThread(const std::function<void(const ReadControl &)> &work,
                                     const std::function<void()> &done)
{
    cancelWork();
    button(QWizard::NextButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    m_progress->setValue(0);
    m_runner->start(work, [this, done] {
        button(QWizard::BackButton)->setEnabled(true);
        done();
        if (currentPage())
            button(QWizard::NextButton)->setEnabled(currentPage()->isComplete());
    });
}

bool StaffImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && m_raw.header.isEmpty()) {
        if (isBusy())
            return false;
        const QString path = m_path->text();
        const QString sheet = m_sheet->isVisible() ? m_sheet->currentText() : QString();
        auto *problem = findChild<ProblemLabel *>(QStringLiteral("fileProblem"));
        problem->showProblem(tr("Reading %1...").arg(QFileInfo(path).fileName()));
        auto result = std::make_shared<Result<CsvTable>>(Error::invalid({}));
        runOffThread(
            [path, sheet, result](const ReadControl &) {
                *result = StaffListReader::readTable(path, sheet);
            },
            [this, problem, result] {
                if (m_runner->isCancelled())
                    return;
                if (!*result) {
                    problem->showProblem(result->error().message);
                    return;
                }
                problem->showProblem({});
                m_raw = result->value();
                next();
            });
        return false;
    }
    return !isBusy();
}

void StaffImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    switch (id) {
    case PreviewPage: {
        const QString how =
            m_raw.encoding == QLatin1String("XLSX")
                ? tr("Excel workbook, sheet %1").arg(m_raw.sheet)
                : tr("%1 text, separated by %2")
                      .arg(m_raw.encoding, m_raw.separator == QLatin1Char('\t')  ? tr("tabs")
                                           : m_raw.separator == QLatin1Char(';') ? tr("semicolons")
                                                                                 : tr("commas"));
        m_readAs->setText(
            tr("%1; %n row(s) with something in them", nullptr, int(m_raw.rows.size()) + 1)
                .arg(how));
        QSignalBlocker block(m_headerRow);
        const int lastRow = m_raw.rowNumbers.isEmpty() ? m_raw.headerRow : m_raw.rowNumbers.last();
        m_headerRow->setRange(m_raw.headerRow, lastRow);
        const int found = StaffColumns::findHeaderRow(m_raw);
        m_headerRow->setValue(found <= 0 ? m_raw.headerRow : m_raw.rowNumbers.at(found - 1));
        showPreview();
        break;
    }
    case ColumnsPage:
        showColumns();
        break;
    case CheckPage: {
        setReady(QStringLiteral("check"), false);
        m_problems->clear();
        m_checkStatus->setText(tr("Checking..."));
        m_cancelButton->setEnabled(true);
        auto people = PeopleUseCases(m_ws).all();
        if (!people) {
            m_checkStatus->setText(people.error().message);
            return;
        }
        auto plan = std::make_shared<StaffImportPlan>();
        const CsvTable table = m_table;
        const StaffColumns columns = m_columns;
        const QList<Person> existing = *people;
        const QDate today = m_today;
        runOffThread(
            [plan, table, columns, existing, today](const ReadControl &control) {
                auto made = StaffImportUseCases::plan(table, columns, existing, today, control);
                if (made)
                    *plan = std::move(made).value();
            },
            [this, plan] {
                m_cancelButton->setEnabled(false);
                if (m_runner->isCancelled()) {
                    m_checkStatus->setText(
                        tr("Checking was cancelled. Go back and choose Next to check "
                           "again; nothing has been changed."));
                    return;
                }
                m_plan = *plan;
                m_progress->setValue(100);
                for (const auto &p : m_plan.problems())
                    m_problems->addItem(p.text());
                m_checkStatus->setText(
                    m_plan.ok()
                        ? tr("No problems in %n row(s).", nullptr, int(m_plan.list.records.size()))
                        : tr("%n problem(s). Correct them in the file (or the column "
                             "choices) and import again; nothing has been changed.",
                             nullptr, int(m_plan.problems().size())));
                setReady(QStringLiteral("check"), m_plan.ok());
            });
        break;
    }
    case SummaryPage:
        showSummary();
        break;
    default:
        break;
    }
}

void StaffImportWizard::showPreview()
{
    m_table = m_raw;
    const qsizetype index = m_raw.rowNumbers.indexOf(m_headerRow->value());
    if (index >= 0)
        m_table.rebaseHeader(index + 1);
    m_previewModel->clear();
    m_previewModel->setHorizontalHeaderLabels(m_table.header);
    QStringList rowLabels;
    for (qsizetype r = 0; r < std::min<qsizetype>(m_table.rows.size(), kPreviewRows); ++r) {
        QList<QStandardItem *> items;
        for (const QString &cell : m_table.rows.at(r))
            items.append(new QStandardItem(cell));
        m_previewModel->appendRow(items);
        rowLabels.append(QString::number(m_table.rowNumbers.at(r)));
    }
    m_previewModel->setVerticalHeaderLabels(rowLabels);
    m_preview->resizeColumnsToContents();
}

void StaffImportWizard::showColumns()
{
    auto columns = StaffImportUseCases(m_ws).columnsFor(m_table);
    m_columns = columns ? *columns : StaffColumns::guess(m_table.header);
    for (auto it = m_columnBoxes.cbegin(); it != m_columnBoxes.cend(); ++it) {
        QSignalBlocker block(it.value());
        it.value()->clear();
        it.value()->addItem(tr("(not in this file)"), -1);
        for (int c = 0; c < m_table.header.size(); ++c)
            it.value()->addItem(m_table.header.at(c).isEmpty() ? tr("Column %1").arg(c + 1)
                                                               : m_table.header.at(c),
                                c);
        it.value()->setCurrentIndex(it.value()->findData(m_columns.column(it.key())));
    }
    updateColumns();
}

void StaffImportWizard::updateColumns()
{
    for (auto it = m_columnBoxes.cbegin(); it != m_columnBoxes.cend(); ++it)
        m_columns.setColumn(it.key(), it.value()->currentData().toInt());
    const QStringList missing = m_columns.missing();
    m_columnProblem->showProblem(
        missing.isEmpty() ? QString()
                          : tr("Choose a column for %1.").arg(missing.join(tr(" and "))));
    setReady(QStringLiteral("columns"), missing.isEmpty());
}

void StaffImportWizard::showSummary()
{
    m_summary->clear();
    const auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_summary, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        return item;
    };
    auto *added = group(tr("New: %1").arg(m_plan.count(StaffChange::New)));
    auto *updated = group(tr("Updated: %1").arg(m_plan.count(StaffChange::Updated)));
    group(tr("Unchanged: %1 (kept as they are)").arg(m_plan.count(StaffChange::Unchanged)));
    for (const StaffChange &c : m_plan.changes) {
        if (c.kind == StaffChange::New) {
            new QTreeWidgetItem(added,
                                {tr("Row %1: %2").arg(c.row).arg(c.after.displayName()), QString(),
                                 QStringList{c.after.staffCode, c.after.trn, c.after.email}
                                     .filter(QRegularExpression(QStringLiteral(".")))
                                     .join(QStringLiteral(", "))});
        } else if (c.kind == StaffChange::Updated) {
            auto *person =
                new QTreeWidgetItem(updated, {tr("Row %1: %2 (matched by %3)")
                                                  .arg(c.row)
                                                  .arg(c.before.displayName(), c.matchedBy)});
            for (const FieldChange &f : c.changes)
                new QTreeWidgetItem(person, {StaffColumns::displayName(f.field),
                                             f.before.isEmpty() ? tr("(empty)") : f.before,
                                             f.after.isEmpty() ? tr("(empty)") : f.after});
            person->setExpanded(true);
        }
    }
    auto *missing =
        group(tr("Not in the file: %1 (tick those who have left)").arg(m_plan.missing.size()));
    for (const Person &p : m_plan.missing) {
        auto *item = new QTreeWidgetItem(missing, {p.displayName(), tr("still employed"), {}});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setData(0, PersonIdRole, p.id);
    }
    added->setExpanded(true);
    updated->setExpanded(true);
    missing->setExpanded(true);
    // Every column as wide as its longest entry (the tree scrolls sideways
    // rather than cutting a value off), and each cell's whole text in its tooltip.
    m_summary->header()->setStretchLastSection(false);
    for (int c = 0; c < m_summary->columnCount(); ++c)
        m_summary->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (QTreeWidgetItemIterator it(m_summary); *it; ++it) {
        for (int c = 0; c < m_summary->columnCount(); ++c)
            (*it)->setToolTip(c, (*it)->text(c));
    }
}

QList<qint64> StaffImportWizard::markedAsLeft() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_summary->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_summary->topLevelItem(i);
        for (int c = 0; c < group->childCount(); ++c) {
            const QTreeWidgetItem *item = group->child(c);
            if (item->data(0, PersonIdRole).isValid() && item->checkState(0) == Qt::Checked)
                ids.append(item->data(0, PersonIdRole).toLongLong());
        }
    }
    return ids;
}

QDate StaffImportWizard::leftOn() const
{
    return m_leftOn->date();
}

} // namespace idesk::ui
