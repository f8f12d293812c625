#pragma once

#include "development/SelfAssessment.h"
#include "development/StandardsProfile.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace idesk::ui {

// The mentor's self-assessment: every item of the National Standards with
// Red, Amber and Green beside it (one click rates it, dated and with the
// optional note above), the selected item's history, and the support plan
// that the red and amber items make.
class StandardsTab : public QWidget
{
    Q_OBJECT
public:
    explicit StandardsTab(QWidget *parent = nullptr);

    void show(qint64 mentorId, const std::optional<StandardsProfile> &profile, QDate today);

    QTableWidget *table() const { return m_table; }
    QListWidget *plan() const { return m_plan; }
    QListWidget *history() const { return m_history; }
    QLineEdit *noteEdit() const { return m_note; }
    QDateEdit *dateEdit() const { return m_date; }
    // The button that rates `item` (e.g. "2.4") with `rating`.
    QToolButton *ratingButton(const QString &item, StandardsRating rating) const;
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }

signals:
    void assessRequested(const idesk::SelfAssessment &assessment);
    void previewRequested();
    void printRequested();
    void pdfRequested();

private:
    void showHistory();

    qint64 m_mentorId = 0;
    bool m_dateChosen = false; // the user picked a day; otherwise ratings are dated today
    std::optional<StandardsProfile> m_profile;
    QLabel *m_counts;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QTableWidget *m_table;
    QListWidget *m_history;
    QListWidget *m_plan;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
};

} // namespace idesk::ui
