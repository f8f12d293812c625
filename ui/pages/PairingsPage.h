#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace idesk::ui {

class PairingsModel;

// Mentor pairings: current ones by default, the whole history on request.
class PairingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PairingsPage(PairingsModel *model, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    QCheckBox *historyToggle() const { return m_showHistory; }
    QLabel *menteeHistory() const { return m_menteeHistory; }

private:
    PairingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QCheckBox *m_showHistory;
    QTableView *m_table;
    QLabel *m_menteeHistory;
    void showMenteeHistory();
};

} // namespace idesk::ui
