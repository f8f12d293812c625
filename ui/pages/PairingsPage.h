#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace idesk {
class Workspace;
}

namespace idesk::ui {

class BackgroundRead;

class PairingsModel;

// Mentor pairings: current ones by default, the whole history on request.
class PairingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PairingsPage(PairingsModel *model, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    // Reads on a worker and shows when read; the table shows what it had meanwhile.
    void reloadInBackground(Workspace *workspace);
    BackgroundRead *backgroundRead() const { return m_read; }
    QCheckBox *historyToggle() const { return m_showHistory; }
    QLabel *menteeHistory() const { return m_menteeHistory; }

private:
    void failed(const QString &why);
    PairingsModel *m_model;
    BackgroundRead *m_read;
    QSortFilterProxyModel *m_proxy;
    QCheckBox *m_showHistory;
    QTableView *m_table;
    QLabel *m_menteeHistory;
    void showMenteeHistory();
};

} // namespace idesk::ui
