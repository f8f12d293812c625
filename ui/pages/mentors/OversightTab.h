#pragma once

#include "development/OverseenMentor.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace idesk::ui {

// For an ITT lead mentor: the general mentors they oversee, with each one's
// standards status, training progress and their trainees' weekly time.
class OversightTab : public QWidget
{
    Q_OBJECT
public:
    explicit OversightTab(QWidget *parent = nullptr);

    // `candidates`: the mentors that can be added (id, name).
    void show(qint64 leadId, const std::optional<QList<OverseenMentor>> &overseen,
              const QList<QPair<qint64, QString>> &candidates);
    QTableWidget *table() const { return m_table; }
    QComboBox *candidateBox() const { return m_candidates; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void addRequested(qint64 leadId, qint64 mentorId);
    void removeRequested(qint64 oversightId);
    void openMentorRequested(qint64 mentorId);

private:
    qint64 m_leadId = 0;
    QLabel *m_intro;
    QTableWidget *m_table;
    QComboBox *m_candidates;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace idesk::ui
