#pragma once

#include "development/ActionStepEntry.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace idesk::ui {

// The action step agreed at each coaching meeting, newest first, and whether
// it was practised. Developmental, not assessment: it records what the
// mentor and mentee agreed to work on, never a judgement of the ECT.
class ActionStepsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ActionStepsTab(QWidget *parent = nullptr);

    void show(qint64 mentorId, const std::optional<QList<ActionStepEntry>> &steps);
    QTableWidget *table() const { return m_table; }

signals:
    void stepEdited(qint64 sessionId, const QString &step);
    // -1 not yet known, 0 not practised, 1 practised.
    void practisedChanged(qint64 sessionId, int practised);

private:
    QLabel *m_intro;
    QTableWidget *m_table;
    bool m_filling = false;
};

} // namespace idesk::ui
